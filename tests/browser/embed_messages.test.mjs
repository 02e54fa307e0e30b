// embed_messages.test.mjs: what crosses between the article and the embed: messages
// from foreign windows and origins, malformed payloads and oversized heights are refused
// or capped; the host URL is taken only from the parent, and only an http(s) URL; the
// article's #aws-calc= state reaches the embed, Copy link gives the article's URL, and
// that URL goes nowhere else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  calc, host, calcRequests, articles, article, embedScript, open, calcFrames, iframeHeight, expectFitted,
} from './embed_host.mjs';
import { sleep } from './harness.mjs';

test('foreign windows and origins, malformed payloads and oversized heights are refused or capped', async () => {
  article('/evil.html', '<p>Another origin in the embed\'s place.</p><script src="/evil.js"></script>');
  articles.set('/evil.js', { js: "parent.postMessage({type: 'aws-calc:height', height: 1234}, '*');" });
  // A second calculator the page put there itself: the same origin, another window.
  article('/hostile.html', `<div class="column"><div data-aws-calc="v=1"></div>` +
    `<iframe class="another" title="another" src="${calc}/embed.html#v=1"></iframe></div>${embedScript()}`,
  '.another { width: 340px; height: 600px; border: 0; }');
  const page = await open(`${host}/hostile.html`, { height: 3000 });
  const [embed, another] = await calcFrames(page, 2);
  const fitted = Math.round(await expectFitted(embed, 'at load'));
  const height = async () => Math.round(await iframeHeight(embed.handle));

  // The host page's own window (not the iframe), with a well-formed message.
  await page.evaluate(() => window.postMessage({ type: 'aws-calc:height', height: 777 }, '*'));
  // Another window of the calculator's origin.
  await another.frame.evaluate(() => parent.postMessage({ type: 'aws-calc:height', height: 555 }, '*'));
  // The real frame, with malformed payloads.
  for (const payload of [
    { type: 'aws-calc:height', height: '777' }, { type: 'aws-calc:height', height: NaN },
    { type: 'aws-calc:height', height: Infinity }, { type: 'aws-calc:height' }, { type: 'other', height: 777 },
    'aws-calc:height 777', null, [777],
  ]) {
    await embed.frame.evaluate((data) => parent.postMessage(data, '*'), payload);
  }
  await sleep(300);
  assert.equal(await height(), fitted, 'a foreign or malformed message changed the height');

  // The real frame, oversized: capped.
  await embed.frame.evaluate(() => parent.postMessage({ type: 'aws-calc:height', height: 1e9 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 10000);

  // The same window navigated to another origin: its message is not the calculator's.
  await embed.handle.evaluate((iframe, url) => { iframe.src = url; }, `${host}/evil.html`);
  await page.waitForFunction(() => window.received.some((m) => m.data?.height === 1234));
  await sleep(200);
  assert.equal(await height(), 10000, 'a message from another origin in the iframe was obeyed');
});

test('the embed takes the host URL only from its parent, and only an http(s) URL', async () => {
  article('/sibling.html', `<div class="column"><div data-aws-calc="v=1"></div>` +
    `<iframe id="sibling" title="sibling" src="/sibling-frame.html"></iframe></div>${embedScript()}`);
  article('/sibling-frame.html', '<p>A sibling frame.</p>');
  const page = await open(`${host}/sibling.html`);
  const [embed] = await calcFrames(page, 1);
  const shareUrl = () => embed.frame.evaluate(() => window.awsCalc.shareUrl());
  await expectFitted(embed, 'at load');
  const honest = await shareUrl();
  assert.equal(honest, `${host}/sibling.html#aws-calc=${encodeURIComponent('v=1')}`);

  const sibling = page.frames().find((frame) => frame.url().endsWith('/sibling-frame.html'));
  await sibling.evaluate(() => parent.document.querySelector('[data-aws-calc] iframe').contentWindow
    .postMessage({ type: 'aws-calc:host', url: 'https://evil.example/', key: 'aws-calc' }, '*'));
  await page.evaluate(() => {
    const frame = document.querySelector('[data-aws-calc] iframe').contentWindow;
    frame.postMessage({ type: 'aws-calc:host', url: 'javascript:alert(1)//', key: 'aws-calc' }, '*');
    frame.postMessage({ type: 'aws-calc:host', url: 'https://a.example/', key: 'aws-calc"><b' }, '*');
    frame.postMessage({ type: 'aws-calc:host', url: 42, key: 'aws-calc' }, '*');
  });
  await sleep(300);
  assert.equal(await shareUrl(), honest);
});

test("the article's #aws-calc= state reaches the embed; Copy link gives the article's URL; the URL goes nowhere else", async () => {
  article('/shared.html', `<div class="column"><div data-aws-calc="v=1&gm=55"></div></div>${embedScript()}`);
  const state = 'v=1&gm=50&aws=80&theme=dark';
  const before = calcRequests.length;
  const page = await open(`${host}/shared.html?private=query#intro&aws-calc=${encodeURIComponent(state)}`);
  const [embed] = await calcFrames(page, 1);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.getLink()), state);
  const r = await embed.frame.evaluate(() => window.awsCalc.results());
  assert.deepEqual(r.awsFromAnthropic.map((v) => v.toFixed(2)), ['1.60', '4.00', '7.60']);

  // "Copy link": the button in the embed copies the article's URL with the state.
  await expectFitted(embed, 'at load');
  await embed.frame.evaluate(() => {
    window.copied = [];
    navigator.clipboard.writeText = async (text) => { window.copied.push(text); };
  });
  await embed.frame.evaluate(() => window.awsCalc.setLink('v=1&gm=45&theme=dark'));
  const button = embed.frame.locator('.calc-toolbar [data-action="copy"]');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const expected = `${host}/shared.html?private=query#aws-calc=${encodeURIComponent('v=1&gm=45&theme=dark')}`;
  await embed.frame.waitForFunction(() => window.copied.length > 0);
  assert.deepEqual(await embed.frame.evaluate(() => window.copied), [expected]);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.shareUrl()), expected);

  // Opening that URL opens the embed in that state.
  const again = await open(expected);
  const [reopened] = await calcFrames(again, 1);
  assert.equal(await reopened.frame.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=45&theme=dark');

  // A new state in the article's URL without a reload: the embed follows.
  await again.evaluate((s) => { location.hash = `aws-calc=${encodeURIComponent(s)}`; }, 'v=1&gm=40');
  await reopened.frame.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=40');

  // The calculator's server never saw the article's address: not in a URL, not as a referrer.
  const seen = calcRequests.slice(before);
  assert.ok(seen.some((request) => request.url.startsWith('/embed.html')), 'the embed was not requested');
  const leaks = seen.filter((request) => /shared\.html|private=query/.test(`${request.url} ${request.referer}`));
  assert.deepEqual(leaks, []);
  assert.ok(seen.every((request) => !request.url.includes('127.0.0.2')));
});

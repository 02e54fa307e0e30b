// embed_dialog.test.mjs: the Embed panel's publish dialog (web/embed_dialog.js). For each
// route (embed.js, plain iframe, pym.js, AMP's amp-iframe as far as the embed sees it)
// with a set of options, the code the dialog gives, pasted into an article on another
// origin in a column of 320, 390 and 740 px, shows what the dialog's preview showed: the
// same height (±2 px); the options never reach the reader's "Copy link". The plain
// iframe's fallback height is the chosen column's. Then the dialog as an editor on a
// phone uses it: every control named, the keyboard, Copy, the code following the state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articles, article, browser, calc, calcFrames, contexts, expectFitted, host, open,
} from './embed_host.mjs';
import { sleep } from './harness.mjs';

const WIDTHS = [320, 390, 740];
const CASES = [
  { route: 'script', hide: ['header', 'padding'], theme: 'auto', tab: '' },
  { route: 'iframe', hide: [], theme: 'dark', tab: 'range' },
  { route: 'pym', hide: ['footer'], theme: 'light', tab: '' },
  { route: 'amp', hide: [], theme: 'auto', tab: 'since' },
];

// Sets the dialog's options as an editor would, by clicking.
async function choose(page, { route, hide, theme, tab }) {
  await page.check(`input[name="embed-route"][value="${route}"]`);
  for (const part of ['header', 'footer', 'padding']) {
    await page.setChecked(`input[name="embed-hide"][value="${part}"]`, hide.includes(part));
  }
  await page.check(`input[name="embed-theme"][value="${theme}"]`);
  await page.selectOption('select[name="embed-tab"]', tab);
}

// The preview's height once the calculator in it said it and it held for half a second.
async function previewHeight(page, width) {
  await page.check(`input[name="embed-width"][value="${width}"]`);
  // In view, as an editor looks at it (an embed out of view draws no frame).
  await page.locator('.embed-preview').scrollIntoViewIfNeeded();
  let last = 0;
  for (let i = 0; i < 200; ++i) {
    const preview = await page.evaluate(() => window.awsCalcEmbedDialog.preview());
    if (preview.width === width && preview.height > 0 && preview.height === last) return preview.height;
    last = preview.width === width ? preview.height : 0;
    await sleep(250);
  }
  assert.fail(`the preview at ${width} px never said its height`);
}

// The code as an article pastes it. pym.js from the article's own server (the code names
// NPR's copy, which the test does not reach); AMP's amp-iframe as the embed sees it: an
// iframe whose parent resizes it on AMP's embed-size message (/amp-host.js), starting at
// the code's height.
function pasted(code, route) {
  if (route === 'pym') return code.replace(/<script src="https:\/\/pym\.nprapps\.org\/pym\.v1\.min\.js"><\/script>/, '<script src="/pym.v1.min.js"></script>');
  if (route !== 'amp') return code;
  const src = /<amp-iframe src="([^"]+)"/.exec(code)[1];
  const height = /\sheight="(\d+)"/.exec(code)[1];
  return `<iframe id="calc-amp" title="calc" scrolling="no" frameborder="0" src="${src}" width="100%" height="${height}"></iframe>` +
    '<script src="/amp-host.js"></script>';
}

test('each route\'s code, pasted into an article at 320, 390 and 740 px, shows what the preview showed', async () => {
  const calcPage = await open(`${calc}/#v=1&gm=55`, { width: 1200, height: 900 });
  await calcPage.evaluate(() => window.awsCalc.ready);
  await calcPage.click('[data-action="embed"]');
  await calcPage.waitForSelector('#embed-code');
  for (const options of CASES) {
    await choose(calcPage, options);
    for (const width of WIDTHS) {
      const expected = await previewHeight(calcPage, width);
      const code = await calcPage.locator('#embed-code').inputValue();
      const what = `${options.route} (${JSON.stringify(options)}) at ${width} px`;
      // The options are where the route reads them (attributes, the query string), never
      // in the link; the starting tab is the link's.
      const link = (/\sdata-aws-calc="([^"]*)"/.exec(code) ?? /#([^"]*)"/.exec(code))[1].replaceAll('&amp;', '&');
      assert.equal(link, `v=1&gm=55${options.tab ? `&tab=${options.tab}` : ''}`, `${what}: ${code}`);
      if (options.route === 'iframe' || options.route === 'amp') {
        // The frame's height without its script: the chosen column's, from the build's table.
        const fallback = Number(/\sheight="(\d+)"/.exec(code)[1]);
        if (width >= 600) assert.ok(Math.abs(fallback - expected) <= 60, `${what}: fallback ${fallback} px for ${expected} px`);
        else assert.ok(fallback >= expected - 2, `${what}: fallback ${fallback} px cuts a ${expected} px calculator`);
      }

      const path = `/dialog-${options.route}-${width}.html`;
      article(path, `<p>An article.</p><div class="col">${pasted(code, options.route)}</div><p>It goes on.</p>`,
        `.col { width: ${width}px; margin: 0; }`, { inlineScripts: options.route === 'iframe' });
      const page = await open(`${host}${path}`, { width: width + 40, height: 900 });
      const [embed] = await calcFrames(page, 1);
      const shown = await expectFitted(embed, what);
      assert.ok(Math.abs(shown - expected) <= 2, `${what}: the article shows ${shown} px, the preview showed ${expected} px`);
      const inside = await embed.frame.evaluate(() => ({ link: window.awsCalc.getLink(), share: window.awsCalc.shareUrl() }));
      assert.equal(inside.link, `v=1&gm=55${options.tab ? `&tab=${options.tab}` : ''}`, what);
      assert.doesNotMatch(decodeURIComponent(inside.share), /theme=|hide=|header|padding|footer/, `${what}: ${inside.share}`);
      await page.context().close();
      contexts.splice(contexts.indexOf(page.context()), 1);
    }
  }
  // Nothing chosen in the dialog reached the page's own link.
  assert.equal(await calcPage.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55');
  assert.doesNotMatch(await calcPage.evaluate(() => location.hash), /theme|hide|range|since/);
  articles.clear();
});

test('on a phone, the dialog is usable by keyboard and screen reader, copies its code and follows the state', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.errors = [];
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => context.errors.push(`page error: ${error.stack ?? error}`));
  await page.goto(`${calc}/#v=1&gm=55`);
  await page.evaluate(() => window.awsCalc.ready);
  await page.click('[data-action="embed"]');
  await page.waitForSelector('#embed-code');

  // Every control has its name, each group its legend.
  for (const name of ['How your page embeds it', 'Leave out what your article already has', 'Your page\'s background',
                      'Preview in a column of']) {
    assert.equal(await page.getByRole('group', { name }).count(), 1, name);
  }
  for (const name of ['embed.js (recommended)', 'Plain iframe', 'pym.js', 'AMP (amp-iframe)', 'Match it', 'Light', 'Dark',
                      '320 px', '390 px', '740 px']) {
    assert.equal(await page.getByRole('radio', { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('checkbox', { name: 'The footer' }).count(), 1);
  assert.equal(await page.getByRole('combobox', { name: 'Starting tab' }).count(), 1);
  const code = page.getByRole('textbox', { name: 'The code to paste' });
  assert.match(await code.getAttribute('aria-describedby'), /embed-note/);
  // The preview is a picture for the editor: out of the tab order and the accessibility
  // tree; its height is said in words.
  assert.equal(await page.locator('.embed-preview').getAttribute('aria-hidden'), 'true');
  assert.equal(await page.locator('.embed-preview iframe').getAttribute('inert'), '');
  await page.waitForFunction(() => /calculator is [\d,]+ px tall/.test(document.getElementById('embed-preview-status').textContent),
    null, { timeout: 30000 });

  // Nothing wider than the phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the dialog is wider than the phone');

  // The keyboard: the route's radios move with the arrow keys, and the code follows.
  await page.getByRole('radio', { name: 'embed.js (recommended)' }).focus();
  await page.keyboard.press('ArrowDown');
  assert.match(await code.inputValue(), /^<iframe /);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'embed-hide');
  await page.keyboard.press('Space');
  assert.match(await code.inputValue(), /embed\.html\?hide=header#v=1&amp;gm=55/);

  // One Copy button copies the code shown.
  await page.getByRole('button', { name: 'Copy the code' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());

  // The reader's state changes while the dialog shows: the code follows it.
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=50'));
  await page.waitForFunction(() => document.getElementById('embed-code').value.includes('#v=1&amp;gm=50'), null, { timeout: 10000 });
  assert.deepEqual(context.errors, []);
});

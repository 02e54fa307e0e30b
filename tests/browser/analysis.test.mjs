// analysis.test.mjs: beyond one number in the browser: the fan chart and the
// histogram render, dragging a slider moves the percentiles, and a 200,000-sample run
// is spread over frames with its progress shown while the page keeps responding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settle, stats, shootCanvas, shareUnlike, pageBackground } from './harness.mjs';

const browser = useBrowser();

// A named rectangle of stats().layout ("fan", "slider:gm"...), in canvas CSS px.
async function layoutRect(page, name) {
  const { layout } = await stats(page);
  assert.ok(layout?.[name], `stats().layout has no ${name}: ${Object.keys(layout ?? {})}`);
  const [x, y, width, height] = layout[name];
  return { x: Math.ceil(x), y: Math.ceil(y), width: Math.floor(width), height: Math.floor(height) };
}

test('the fan chart and the histogram are drawn', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.openPage({ hash: 'v=1&tab=range', colorScheme });
    await settle(page);
    const background = await pageBackground(page);
    for (const name of ['fan', 'histogram']) {
      const image = await shootCanvas(page, await layoutRect(page, name));
      // Bands, bars, lines and labels: a good part of the chart is not background.
      assert.ok(shareUnlike(image, background) > 0.08, `${name} (${colorScheme}) looks empty`);
    }
  }
});

test('dragging a slider updates the percentiles in results()', async () => {
  const page = await browser.openPage({ hash: 'v=1&tab=range' });
  await settle(page);
  const before = (await page.evaluate(() => window.awsCalc.results())).uncertainty;
  const slider = await layoutRect(page, 'slider:gm');
  const box = await page.locator('#calc-canvas').boundingBox();
  await page.mouse.move(box.x + slider.x + slider.width / 2, box.y + slider.y + slider.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + slider.x + slider.width * 0.2, box.y + slider.y + slider.height / 2, { steps: 8 });
  await page.mouse.up();
  await settle(page);
  const after = await page.evaluate(() => window.awsCalc.results());
  assert.ok(after.grossMarginPct[0] < 40, `gross margin ${after.grossMarginPct[0]}`);
  // A lower margin means more cost of revenue, so more AWS revenue in every percentile.
  for (const key of ['p5', 'p50', 'p95']) {
    assert.ok(after.uncertainty.awsFromAnthropic[key][2] > before.awsFromAnthropic[key][2], key);
  }
});

test('200,000 samples run over frames with the progress shown, and the page responds meanwhile', async () => {
  const page = await browser.openPage({
    hash: 'v=1&n=200000&tab=range',
    ready: false,
    // From the first moment: note the progress on every animation frame, and whether
    // timers (other work of the page) get their turn while the run is in progress.
    before: (p) => p.addInitScript(() => {
      window.progressSeen = [];
      window.timersDuringRun = 0;
      const watch = () => {
        const s = window.awsCalc?.stats?.();
        if (s?.uncertaintyRunning) window.progressSeen.push(s.uncertaintyProgress);
        if (!s || s.uncertaintySamples !== 200000) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      const tick = () => {
        if (window.awsCalc?.stats?.().uncertaintyRunning) window.timersDuringRun += 1;
        if (window.awsCalc?.stats?.().uncertaintySamples !== 200000) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    }),
  });
  await page.evaluate(() => window.awsCalc.ready);
  await page.waitForFunction(() => window.awsCalc.stats().uncertaintySamples === 200000, null, { timeout: 60000 });
  const { progressSeen, timersDuringRun } = await page.evaluate(() => ({
    progressSeen: window.progressSeen, timersDuringRun: window.timersDuringRun,
  }));
  // Shown over several frames, growing; and the page ran other work between slices.
  assert.ok(progressSeen.length >= 3, `the progress was shown on ${progressSeen.length} frames`);
  assert.ok(progressSeen.some((p) => p > 0 && p < 1), `progress values: ${progressSeen}`);
  assert.ok(progressSeen.every((p, i) => i === 0 || p >= progressSeen[i - 1]), `${progressSeen}`);
  assert.ok(timersDuringRun >= 2, `timers ran ${timersDuringRun} times during the run`);
  const r = await page.evaluate(() => window.awsCalc.results());
  assert.equal(r.uncertainty.samples, 200000);
});

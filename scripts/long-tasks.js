// The long tasks (over 50 ms) of one page load in Chromium with the CPU slowed
// down (4x by default, Lighthouse's mobile factor), with FCP and the time the
// page contract's data-ready appears: what a reader's first taps would wait for.
// Tasks are `duration@start` in ms since navigation.
//   node scripts/long-tasks.js URL [RATE] [RUNS]
// Needs playwright-core: scripts/bench.sh installs it under target/bench-work.
const path = require('path');
const { chromium } = require(path.resolve(__dirname, '../target/bench-work/node_modules/playwright-core'));

(async () => {
  const [url, rate = '4', runs = '3'] = process.argv.slice(2);
  if (!url) throw new Error('usage: node scripts/long-tasks.js URL [RATE] [RUNS]');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (let run = 1; run <= +runs; run++) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: +rate });
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push([Math.round(e.startTime), Math.round(e.duration)])))
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForSelector('#timeline-root[data-ready="true"]', { timeout: 120000 });
    const ready = await page.evaluate(() => Math.round(performance.now()));
    await page.waitForTimeout(2000);
    const r = await page.evaluate(() => ({
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
      long: window.__long,
    }));
    // Blocking time as Lighthouse counts it: the part over 50 ms of each task after FCP.
    const after = r.long.filter(([start]) => start >= r.fcp).map(([, d]) => d);
    const blocking = after.reduce((s, d) => s + Math.max(0, d - 50), 0);
    console.log(`run ${run}: FCP ${r.fcp} ms, ready ${ready} ms, long tasks ${r.long.map(([s, d]) => `${d}@${s}`).join(' ')}, blocking after FCP ${blocking} ms, longest ${Math.max(0, ...after)} ms`);
    await ctx.close();
  }
  await browser.close();
})().catch(e => { console.error(`long-tasks: ${e.message}`); process.exit(1); });

// The page's wasm linear memory after a `?data=` file is shown, beside the
// file's size, and the long tasks of that load: what issue-style limits
// ("memory <= 10x the file", "no task over 200 ms after the first view") are
// measured with. Serves DIST itself (no CSP needed here; the e2e tests check it).
//   node scripts/memory.js [DIST] [EVENTS|dupEVENTS|FILE.json ...]     (default: dist 10000 200000)
// A number stands for a generated file of that many tiny events; dupN for N
// tiny events that all give one unique_id (the importer keeps them apart and
// says so); a path is read as it is. CONSOLE=1 prints the page's console.
// Needs playwright-core: scripts/bench.sh installs it under target/bench-work.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require(path.resolve(__dirname, '../target/bench-work/node_modules/playwright-core'));

const dist = path.resolve(process.argv[2] || 'dist');
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['10000', '200000'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

// As small as an event gets (49 bytes: 200,000 fit under the 10 MB limit),
// all alike but the year: the most events per byte of file.
function events(n, id) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ start_date: { year: 1 + (i % 9) }, text: { headline: 'E' }, ...(id ? { unique_id: id } : {}) });
  return JSON.stringify({ events: out });
}
const generated = (n) => (n.startsWith('dup') ? events(+n.slice(3), 'same') : events(+n));

(async () => {
  const name = (n) => `/data-${path.basename(n)}${n.endsWith('.json') ? '' : '.json'}`;
  const files = Object.fromEntries(sizes.map((n) => [name(n), n.endsWith('.json') ? fs.readFileSync(n) : Buffer.from(generated(n))]));
  const server = http.createServer((req, res) => {
    const url = req.url.split('?')[0];
    const body = files[url] || (() => { try { return fs.readFileSync(path.join(dist, url === '/' ? 'index.html' : url)); } catch { return null; } })();
    if (!body) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'Content-Type': types[path.extname(url)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const n of sizes) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    if (process.env.CONSOLE) page.on('console', (m) => console.log(`  console: ${m.text()}`));
    await page.addInitScript(() => {
      // The page's own wasm instances (a worker's live in another realm).
      window.__memories = [];
      const keep = (result) => { const inst = result.instance || result; const m = inst.exports && inst.exports.memory; if (m) window.__memories.push(m); return result; };
      for (const name of ['instantiate', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
      }
      window.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)])))
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}/index.html?data=${name(n).slice(1)}`);
    await page.waitForSelector('#timeline-root[data-ready="true"]', { timeout: 180000 });
    const ready = await page.evaluate(() => Math.round(performance.now()));
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => ({
      memory: window.__memories.reduce((s, m) => s + m.buffer.byteLength, 0),
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
      long: window.__long,
    }));
    const file = files[name(n)].length;
    const after = r.long.filter(([start]) => start >= r.fcp).map(([, d]) => d);
    console.log(`${n}: file ${(file / 1e6).toFixed(2)} MB, wasm memory ${(r.memory / 1e6).toFixed(1)} MB = ${(r.memory / file).toFixed(1)}x the file; ready ${ready} ms; FCP ${r.fcp} ms; longest task after FCP ${Math.max(0, ...after)} ms; tasks ${r.long.map(([s, d]) => `${d}@${s}`).join(' ')}`);
    await page.context().close();
  }
  await browser.close();
  server.close();
})().catch((e) => { console.error(e); process.exit(1); });

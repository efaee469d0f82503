// First-load transfer of a built page: the HTML and every file it loads before
// the app runs (its CSS, boot.js, the JS glue and the wasm boot.js names),
// raw, gzip -9 and brotli q11 (Node's zlib), in bytes.
//   node scripts/transfer.js [DIST] [PAGE]     (defaults: dist index.html)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = process.argv[2] || 'dist';
const page = process.argv[3] || 'index.html';
const html = fs.readFileSync(path.join(dist, page), 'utf8');
const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
// boot.js and early.js both name the wasm; it crosses the network once.
const files = [...new Set([page,
  ...attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ...attr(/<script[^>]+src="([^"]+)"/g),
  ...attr(/data-js="([^"]+)"/g),
  ...attr(/data-wasm="([^"]+)"/g)].map((f) => f.replace(/^\.?\//, '')))];
const rows = files.map((f) => {
  const bytes = fs.readFileSync(path.join(dist, f));
  const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  return { f, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, br };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
for (const r of [...rows, { f: 'total', ...total }]) {
  console.log(`${r.f.padEnd(36)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.br).padStart(9)}`);
}

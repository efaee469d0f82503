// Runs in the head, before the body is parsed (a classic script: neither
// deferred nor a module, which boot.js is). It does what a page that shows
// another story or view than the one built into it (`?data=`, `?view=`)
// needs before the body arrives:
// - it hides the built article (`html.replacing`, style.css), which the app
//   replaces: the browser then never lays out and paints a story the reader
//   did not ask for (34 ms of layout for the seed article, traced), and
//   boot.js runs that much sooner;
// - it starts the importer's worker (src/bin/importer.rs) and posts the
//   `?data=` address, so that the download and the parse begin while the
//   page's own wasm downloads and compiles. The app takes the worker over and
//   asks for the same address (services/importer.rs), which the worker
//   answers from this download.
// The app shows the page again as it mounts (ui::mount); boot.js does if the
// app cannot start. Without JavaScript none of this runs: the built page shows.
(() => {
  // As the app reads the address (params.rs): a blank `data` is none, and
  // any view but `timeline` is the built reader.
  const query = new URLSearchParams(location.search);
  const data = (query.get('data') || '').trim();
  if (!data && query.get('view') !== 'timeline') return;
  document.documentElement.classList.add('replacing');
  if (!data) return;
  try {
    // The build's wasm name keeps the worker's files from an older build's cache.
    const build = encodeURIComponent(document.currentScript.dataset.wasm);
    const worker = new Worker('importer-worker.js?build=' + build);
    window.__datelinesImporter = worker;
    worker.postMessage({ load: new URL(data, document.baseURI).href, url: data, early: true });
  } catch { /* the app starts its own, and says so if that fails too */ }
})();

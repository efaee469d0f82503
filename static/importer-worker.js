// The importer's worker (src/bin/importer.rs). It runs the parsers off the
// page's thread and is ended after each job, so its memory goes back to the
// system. The query string (the page's build) keeps its files from being
// taken from an older build's cache.
importScripts('./importer.js' + self.location.search);
const ready = wasm_bindgen({ module_or_path: './importer_bg.wasm' + self.location.search });
// boot.js asks for a `?data=` file as the page begins (`early`, no answer
// wanted); the page's own job for that address, once its wasm runs, is
// answered with that download and parse instead of a second one.
let early = null;
// A story's bytes are handed over to the page, not copied.
const answer = (reply) => self.postMessage(reply, reply.data instanceof Uint8Array ? [reply.data.buffer] : []);
// The download starts with the job, while the wasm may still compile; the
// wasm reads it (size cap, timeout, errors: ui::services::fetch).
const load = (job) => {
  const abort = new AbortController();
  const response = fetch(job.load, { signal: abort.signal });
  response.catch(() => {});
  return ready.then(() => wasm_bindgen.load_started(response, abort, job.url));
};
self.onmessage = async ({ data: job }) => {
  try {
    if (job.load && job.early) {
      early = { url: job.load, answer: load(job) };
      early.answer.catch(() => {});
      return;
    }
    await ready;
    if (job.export) {
      self.postMessage({ text: wasm_bindgen.export_story(job.export, job.data) });
    } else if (job.load) {
      const loading = early && early.url === job.load ? early.answer : load(job);
      early = null;
      answer(await loading);
    } else {
      answer(wasm_bindgen.import_file(job.url, job.base, job.contentType, job.bytes));
    }
  } catch (err) {
    self.postMessage({ failed: String((err && err.message) || err) });
  }
};

// The importer's worker (src/bin/importer.rs). It runs the parsers off the
// page's thread and is ended after each job, so its memory goes back to the
// system. The query string (the page's build) keeps its files from being
// taken from an older build's cache.
importScripts('./importer.js' + self.location.search);
const ready = wasm_bindgen({ module_or_path: './importer_bg.wasm' + self.location.search });
self.onmessage = async ({ data: job }) => {
  try {
    await ready;
    if (job.export) {
      self.postMessage({ text: wasm_bindgen.export_story(job.export, job.data) });
    } else {
      const reply = wasm_bindgen.import_file(job.url, job.base, job.contentType, job.bytes);
      // The story's bytes are handed over, not copied.
      self.postMessage(reply, reply.data ? [reply.data.buffer] : []);
    }
  } catch (err) {
    self.postMessage({ failed: String((err && err.message) || err) });
  }
};

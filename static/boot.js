// Starts the wasm app from a file, not an inline script, so the page runs under
// `script-src 'self' 'wasm-unsafe-eval'`. Trunk writes the hashed names of the
// JS glue and the wasm into this tag's data attributes.
const tag = document.querySelector('script[data-js][data-wasm]');
const status = document.getElementById('boot-status');
try {
  const glue = await import(tag.dataset.js);
  await glue.default({ module_or_path: tag.dataset.wasm });
  if (status) status.remove();
} catch (err) {
  // Never a blank page: say what failed.
  if (status) {
    status.setAttribute('role', 'alert');
    status.textContent = `Datelines could not start: ${err && err.message ? err.message : err}`;
  }
}

// Starts the wasm app from a file, not an inline script, so the page runs under
// `script-src 'self' 'wasm-unsafe-eval'`. Trunk writes the hashed names of the
// JS glue and the wasm into this tag's data attributes.
const tag = document.querySelector('script[data-js][data-wasm]');
const status = document.getElementById('boot-status');
// Before the app runs, the page speaks the reader's language too.
const lang = (new URLSearchParams(location.search).get('lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
const words = {
  fr: ['Chargement de la chronologie…', 'Datelines n’a pas pu démarrer : '],
  ru: ['Загрузка хронологии…', 'Не удалось запустить Datelines: '],
}[lang] || ['Loading the timeline…', 'Datelines could not start: '];
if (status) status.textContent = words[0];
try {
  const glue = await import(tag.dataset.js);
  await glue.default({ module_or_path: tag.dataset.wasm });
  if (status) status.remove();
} catch (err) {
  // Never a blank page: say what failed.
  if (status) {
    status.setAttribute('role', 'alert');
    status.textContent = words[1] + (err && err.message ? err.message : err);
  }
}

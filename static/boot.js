// Starts the wasm app from a file, not an inline script, so the page runs under
// `script-src 'self' 'wasm-unsafe-eval'`. Trunk writes the hashed names of the
// JS glue and the wasm into this tag's data attributes. The page is readable
// before this runs (the build prerendered it); if the app cannot start, the
// reader is told that the page stays as it is, never left with a blank page.
const tag = document.querySelector('script[data-js][data-wasm]');
// The page is first painted from its HTML and CSS alone; only then does the
// wasm (hundreds of KB) take the network and the main thread, so that it never
// holds up what the reader sees first. A frame the browser does not paint (off
// screen, in a background tab) reports no paint: a timer starts it then.
// A page that shows another story or view than the built one (`?data=`,
// `?view=`) has nothing to wait for (early.js hid the built one and started
// the importer's worker): it starts at once.
const replaced = /[?&](data|view)=/.test(location.search);
await new Promise((painted) => {
  if (replaced) return painted();
  setTimeout(painted, 3000);
  try {
    if (performance.getEntriesByType('paint').length) return painted();
    new PerformanceObserver((list, observer) => { observer.disconnect(); painted(); }).observe({ type: 'paint' });
  } catch { painted(); }
});
try {
  const glue = await import(tag.dataset.js);
  await glue.default({ module_or_path: tag.dataset.wasm });
} catch (err) {
  const lang = (new URLSearchParams(location.search).get('lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const words = {
    fr: 'La chronologie interactive n’a pas pu démarrer ; la page reste lisible. ',
    ru: 'Не удалось запустить интерактивную хронологию; страницу можно читать. ',
  }[lang] || 'The interactive timeline could not start; the page stays readable. ';
  const status = document.createElement('p');
  status.className = 'boot-status';
  status.setAttribute('role', 'alert');
  status.textContent = words + (err && err.message ? err.message : err);
  document.body.prepend(status);
  // The built page, which early.js hid on a page that was to replace it.
  document.documentElement.classList.remove('replacing');
}

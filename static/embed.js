// Datelines embed script: turns each <div class="datelines-embed" data-src="…">
// into an iframe that takes the height of its content. Heights are accepted only
// from that iframe's window and origin. With data-sync-hash, the selected event
// is mirrored into this page's address (#event=<id>, or #<value>=<id>), and an
// address that carries it opens the embed on that event. Only http(s)
// addresses (absolute, or relative to this page) become frames: a CMS that
// lets authors write a div with data attributes must not let them run script
// in this page through a javascript: or data: address.
(function () {
  'use strict';
  var frames = [];

  function setup(div) {
    if (div.hasAttribute('data-datelines-ready')) return;
    div.setAttribute('data-datelines-ready', '');
    var url;
    var src = div.getAttribute('data-src');
    try { url = new URL(src, location.href); } catch (e) { url = null; }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      var why = 'Datelines embed: only http(s) addresses can be embedded, not ' + JSON.stringify(src);
      div.setAttribute('data-datelines-error', why);
      if (window.console) console.error(why);
      return;
    }
    var sync = div.getAttribute('data-sync-hash');
    var key = sync === null ? null : (sync || 'event');
    if (key) {
      var found = new RegExp('(?:^#|&)' + key.replace(/\W/g, '') + '=([^&]*)').exec(location.hash);
      if (found) url.hash = 'event=' + found[1];
    }
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = div.getAttribute('data-title') || 'Timeline';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads');
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
    var initial = parseInt(div.getAttribute('data-height'), 10) || 600;
    frame.style.height = initial + 'px';
    div.appendChild(frame);
    frames.push({ frame: frame, origin: url.origin, key: key, last: initial, at: 0, run: [initial], turns: 0, band: null });
  }

  // A host whose CSS ties the frame's width to its height (aspect-ratio,
  // width:auto) makes each height change the content's width, and so the
  // next height: the frame rings (down, up, down, …) for ever. In a quick run
  // of heights (each within 500 ms of the last), the second turn of direction
  // takes the larger of the last two, so that nothing is cut, and heights
  // inside that band are ignored until the frame has been quiet for 500 ms.
  function resize(f, h) {
    var now = Date.now(), quick = now - f.at < 500;
    f.at = now;
    if (quick && f.band && h >= f.band[0] - 2 && h <= f.band[1] + 2) return;
    f.band = null;
    if (!quick) { f.run = [f.last]; f.turns = 0; }
    var b = f.run[f.run.length - 1], a = f.run[f.run.length - 2];
    if (h === b) return;
    if (a !== undefined && (b - a) * (h - b) < 0) f.turns++;
    f.run = [b, h];
    if (f.turns >= 2) {
      f.band = [Math.min(b, h), Math.max(b, h)];
      h = f.band[1];
      f.turns = 0;
    }
    f.last = h;
    f.frame.style.height = h + 'px';
  }

  window.addEventListener('message', function (e) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (e.source !== f.frame.contentWindow || e.origin !== f.origin) continue;
      var d = e.data;
      if (!d || typeof d !== 'object') return;
      var h = d['datelines-height'];
      if (typeof h === 'number' && h > 0 && h < 100000) resize(f, Math.ceil(h));
      if (f.key && typeof d['datelines-event'] === 'string') {
        history.replaceState(null, '', '#' + f.key.replace(/\W/g, '') + '=' + encodeURIComponent(d['datelines-event']));
      }
      return;
    }
  });

  function all() {
    var list = document.querySelectorAll('div.datelines-embed[data-src]');
    for (var i = 0; i < list.length; i++) setup(list[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all); else all();
})();

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
    frame.style.height = (parseInt(div.getAttribute('data-height'), 10) || 600) + 'px';
    div.appendChild(frame);
    frames.push({ frame: frame, origin: url.origin, key: key });
  }

  // A host whose CSS ties the frame's width to its height (aspect-ratio,
  // width:auto) makes each height change the content's width, and so its
  // height: the two can alternate for ever. When a height comes back to the
  // one before last, the frame takes the larger of the two and keeps it for
  // as long as the content asks for one of those two.
  function resize(f, h) {
    var near = function (a, b) { return a !== undefined && Math.abs(a - b) <= 2; };
    if (f.pair && (near(f.pair[0], h) || near(f.pair[1], h))) return;
    f.pair = near(f.before, h) && !near(f.last, h) ? [f.before, f.last] : null;
    if (f.pair) h = Math.max(f.before, f.last);
    f.before = f.last;
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

// The task pane's boot script: ES5 that any web view Office may use parses, Internet Explorer 11
// included. webpack inlines it into taskpane.html (src/boot/assemble.js), ahead of office.js and the
// pane's bundle, so the pane is never blank. It shows one bilingual message (Vietnamese, then
// English; texts in src/messages/boot.json) when:
//   - the web view is too old for the bundle (IE11 / Trident, Edge Legacy / EdgeHTML, or a browser
//     without ES2020 syntax): at once, and the bundle is told not to start;
//   - office.js did not load (a network that blocks Microsoft's address): right after its script tag,
//     and the bundle is told not to start;
//   - the bundle did not start by the page's load event (not downloaded, or it threw);
//   - the bundle has not started, or the pane not rendered, after a while (a stalled download,
//     office.js never ready): a message withdrawn if the pane renders after all;
//   - the pane crashed while rendering (src/ui/index.tsx reports it).
// The bundle talks to it through window.__piiBoot (typed in src/ui/boot-signal.ts).
// Wrapped by assemble.js in a function that receives MESSAGES; write ES5 only (a test parses it).
(function () {
  'use strict';

  var MESSAGE_ID = 'pii-boot-message';
  var ROOT_ID = 'root';
  var LANGS = ['vi', 'en'];
  var REASONS = {
    'old-webview': {
      title: 'bootOldTitle',
      why: 'bootOldWhy',
      steps: ['bootUpdateOffice', 'bootWebView2', 'bootUseWeb', 'bootUseTemplate'],
    },
    'office-unreachable': {
      title: 'bootOfficeTitle',
      why: 'bootOfficeWhy',
      steps: ['bootAllowOffice', 'bootRetry'],
    },
    failed: {
      title: 'bootFailedTitle',
      why: 'bootFailedWhy',
      steps: ['bootRetry', 'bootUpdateOffice', 'bootUseWeb', 'bootReport'],
    },
  };
  // How long the pane may take to render before the boot speaks; tests may lower it.
  var WAIT_MS = typeof window.__piiBootWaitMs === 'number' ? window.__piiBootWaitMs : 20000;

  var state = {
    reason: null, // the message shown, if any
    final: false, // a final message stays even when the pane renders
    blocked: false, // the bundle must not mount the pane
    started: false,
    ready: false,
    detail: null,
  };

  function oldWebview() {
    var ua = window.navigator.userAgent || '';
    if (document.documentMode) return true; // Internet Explorer, any version
    if (/Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua)) return true; // EdgeHTML says "Edge/"; Chromium Edge "Edg/"
    var globals = ['Promise', 'Symbol', 'Map', 'Set', 'WeakMap'];
    for (var i = 0; i < globals.length; i++) {
      if (typeof window[globals[i]] !== 'function') return true;
    }
    if (typeof Object.assign !== 'function' || typeof Array.prototype.includes !== 'function') return true;
    try {
      // The bundle is ES2020: optional chaining and nullish coalescing must parse.
      new Function('var a = null; return a?.b ?? 0;');
    } catch (error) {
      // A SyntaxError says the engine is too old; anything else (a policy forbidding eval) says nothing.
      if (error && error.name === 'SyntaxError') return true;
    }
    return false;
  }

  function text(key, lang) {
    var entry = MESSAGES[key];
    return entry ? entry[lang] : key;
  }

  function element(tag, lang, content, css) {
    var node = document.createElement(tag);
    if (lang) node.setAttribute('lang', lang);
    if (css) node.style.cssText = css;
    if (content !== undefined) node.appendChild(document.createTextNode(content));
    return node;
  }

  function render() {
    if (!state.reason || !document.body) return;
    remove();
    var spec = REASONS[state.reason];
    var box = element(
      'div',
      null,
      undefined,
      'font-family:"Segoe UI",Tahoma,Arial,sans-serif;font-size:14px;line-height:1.45;color:#242424;padding:12px 14px;'
    );
    box.id = MESSAGE_ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('data-reason', state.reason);
    for (var l = 0; l < LANGS.length; l++) {
      var lang = LANGS[l];
      var section = element(
        'div',
        lang,
        undefined,
        l > 0 ? 'border-top:1px solid #d1d1d1;margin-top:12px;padding-top:4px;' : ''
      );
      section.appendChild(
        element('h1', null, text(spec.title, lang), 'font-size:16px;margin:8px 0;color:#a4262c;')
      );
      section.appendChild(element('p', null, text(spec.why, lang), 'margin:8px 0;'));
      var list = element('ul', null, undefined, 'margin:8px 0;padding-left:20px;');
      for (var s = 0; s < spec.steps.length; s++) {
        list.appendChild(element('li', null, text(spec.steps[s], lang), 'margin:4px 0;'));
      }
      section.appendChild(list);
      box.appendChild(section);
    }
    if (state.detail && state.reason === 'failed') {
      var label = text('bootDetails', 'vi') + ' / ' + text('bootDetails', 'en') + ': ';
      box.appendChild(
        element(
          'p',
          null,
          label + state.detail,
          'margin:12px 0 0;font-size:12px;color:#616161;word-break:break-word;'
        )
      );
    }
    document.body.insertBefore(box, document.body.firstChild);
    var root = document.getElementById(ROOT_ID);
    if (root) root.style.display = 'none';
  }

  function remove() {
    var old = document.getElementById(MESSAGE_ID);
    if (old && old.parentNode) old.parentNode.removeChild(old);
  }

  function show(reason, final) {
    if (state.final) return; // the first final reason stays
    state.reason = reason;
    state.final = final;
    render();
  }

  function withdraw() {
    if (!state.reason || state.final) return;
    state.reason = null;
    remove();
    var root = document.getElementById(ROOT_ID);
    if (root) root.style.display = '';
  }

  function describe(error) {
    if (!error) return null;
    return String(error.message || error).slice(0, 300);
  }

  function on(target, name, listener, capture) {
    if (target.addEventListener) target.addEventListener(name, listener, !!capture);
    else if (target.attachEvent) target.attachEvent('on' + name, listener);
  }

  // Errors before the pane renders are kept for the "failed" message's details; they do not show
  // a message by themselves (harmless errors happen too, e.g. ResizeObserver notices).
  on(
    window,
    'error',
    function (event) {
      if (state.ready || state.detail) return;
      var target = event && event.target;
      if (target && target !== window && target.tagName === 'SCRIPT') {
        state.detail = 'script not loaded: ' + (target.src || '').replace(/^.*\//, '');
      } else {
        state.detail = describe(event && (event.error || event.message));
      }
    },
    true
  );

  // Deferred scripts (the bundle) have run by the load event: if it did not start, it never will.
  on(window, 'load', function () {
    if (!state.started && !state.blocked) show('failed', true);
  });

  // The body does not exist while this runs (in <head>): draw once it does.
  if (document.addEventListener) document.addEventListener('DOMContentLoaded', render, false);
  else on(document, 'readystatechange', render);

  // Waits WAIT_MS for the bundle to start, then WAIT_MS again for the pane to render.
  var timer = null;
  function wait() {
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (state.ready || state.reason) return;
      if (typeof window.Office === 'undefined') show('office-unreachable', false);
      else if (!state.started || state.detail) show('failed', false);
      else show('office-unreachable', false); // started, no error, yet Office.onReady never came
    }, WAIT_MS);
  }
  wait();

  function block(reason) {
    state.blocked = true;
    show(reason, true);
  }

  if (oldWebview()) block('old-webview');

  window.__piiBoot = {
    /** taskpane.html calls this right after office.js's script tag. */
    officeLoaded: function () {
      if (typeof window.Office === 'undefined') {
        block('office-unreachable');
      } else if (state.blocked) {
        // The pane will not start, but Office still expects the page to initialise.
        try {
          window.Office.onReady(function () {});
        } catch (ignored) {
          // An office.js too old for onReady: nothing else to do.
        }
      }
    },
    /** The bundle runs: true when it may mount the pane, false when this script has taken over. */
    started: function () {
      state.started = true;
      if (state.blocked) return false;
      withdraw(); // a "not started yet" message was premature
      wait();
      return true;
    },
    /** The pane has rendered: no message unless a final one. */
    ready: function () {
      state.ready = true;
      if (timer !== null) window.clearTimeout(timer);
      withdraw();
    },
    /** The pane crashed: the "failed" message, with the error as its detail. */
    fail: function (error) {
      state.blocked = true;
      state.detail = describe(error) || state.detail;
      show('failed', true);
    },
    /** The reason shown, or null (for tests and the curious). */
    reason: function () {
      return state.reason;
    },
  };
})();

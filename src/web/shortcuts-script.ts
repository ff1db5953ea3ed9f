/**
 * The question page's keyboard shortcuts, served as /shortcuts.js. Single keys, so they are
 * announced on the page, can be turned off there (the choice is kept in the browser), and do
 * nothing while the focus is in a text field or with a modifier held, nor while a screen reader
 * keeps the keys for itself (it does not pass them to the page). Without the script the page
 * is a plain form and the announcement stays hidden.
 */
export const shortcutsScript = `'use strict';
(function () {
  var help = document.getElementById('shortcuts');
  var form = document.querySelector('form[method="post"]');
  if (!help || !form) return;
  var toggle = help.querySelector('button');
  var digits = help.getAttribute('data-digits') === 'true';
  var keys = { n: form.querySelector('button[value="next"]'), s: document.querySelector('a[rel="next"]'), p: document.querySelector('a[rel="prev"]') };
  var on = true;
  try { on = localStorage.getItem('gret-shortcuts') !== 'off'; } catch (e) { /* storage refused: shortcuts stay on for this page */ }
  function show() {
    toggle.setAttribute('aria-pressed', String(on));
    Object.keys(keys).forEach(function (k) {
      if (!keys[k]) return;
      if (on) keys[k].setAttribute('aria-keyshortcuts', k.toUpperCase());
      else keys[k].removeAttribute('aria-keyshortcuts');
    });
  }
  toggle.addEventListener('click', function () {
    on = !on;
    try { localStorage.setItem('gret-shortcuts', on ? 'on' : 'off'); } catch (e) { /* kept for this page only */ }
    show();
  });
  help.hidden = false;
  show();
  document.addEventListener('keydown', function (event) {
    if (!on || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    var target = event.target;
    if (target && (target.isContentEditable || (target.closest && target.closest('textarea, select, input:not([type="radio"]):not([type="checkbox"])')))) return;
    // The key's place on the keyboard rather than its letter, so N, S and P also work in a Russian or Thai layout.
    var code = /^(?:Key([A-Z])|Digit([0-9])|Numpad([0-9]))$/.exec(event.code || '');
    var key = code ? (code[1] || code[2] || code[3]).toLowerCase() : event.key.toLowerCase();
    if (digits && /^[0-9]$/.test(key)) {
      var level = form.querySelector('input[name="choice"][value="=' + key + '"]');
      if (!level) return;
      event.preventDefault();
      level.checked = true;
      level.focus();
      return;
    }
    var action = Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : null;
    if (!action) return;
    event.preventDefault();
    action.click();
  });
})();
`;

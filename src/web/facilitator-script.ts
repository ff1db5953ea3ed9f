/**
 * The facilitator page's script, served as /facilitator-live.js (the pages carry no inline
 * script). It opens the page's event stream and puts each event's progress table and ranking in
 * place of the page's own; the server renders both with the page's code, escaped as the page
 * is. Without it, or without EventSource, the page is the same on every refresh.
 */
export const facilitatorScript = `'use strict';
(function () {
  var note = document.getElementById('live-note');
  var progress = document.getElementById('progress');
  var ranking = document.getElementById('ranking');
  if (!note || !progress || !ranking || typeof EventSource !== 'function') return;
  var events = new EventSource('/events');
  events.addEventListener('open', function () {
    note.textContent = note.getAttribute('data-live');
  });
  events.addEventListener('error', function () {
    if (events.readyState !== EventSource.OPEN) note.textContent = note.getAttribute('data-lost');
  });
  events.addEventListener('workshop', function (event) {
    var parts = JSON.parse(event.data);
    progress.innerHTML = parts.progress;
    ranking.innerHTML = parts.ranking;
  });
})();
`;

// Phone intake: saves the form as a draft a moment after the coordinator stops
// typing, so a dropped call or a closed tab loses nothing. The form works
// without this script (its 「下書き保存」 button does the same on demand).
(function () {
  'use strict';
  var form = document.querySelector('form[data-draft-url]');
  if (!form || !window.fetch) return;
  var status = document.getElementById('draft-status');
  var draftId = form.querySelector('input[name="draftId"]');
  var csrf = form.querySelector('input[name="_csrf"]');
  var timer = null;
  var pending = false;
  var inFlight = false;

  function fields() {
    var out = {};
    new FormData(form).forEach(function (value, key) {
      if (typeof value !== 'string' || key === '_csrf' || key === 'draftId' || key === 'intent') return;
      if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = [].concat(out[key], value);
      else out[key] = value;
    });
    return out;
  }

  function save() {
    if (inFlight) { pending = true; return; }
    inFlight = true;
    fetch(form.getAttribute('data-draft-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf.value },
      body: JSON.stringify({ draftId: draftId.value, fields: fields() }),
    })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (body) {
        draftId.value = body.draftId;
        if (status) status.textContent = body.message;
      })
      .catch(function () {
        if (status) status.textContent = form.getAttribute('data-draft-failed') || '';
      })
      .then(function () {
        inFlight = false;
        if (pending) { pending = false; save(); }
      });
  }

  function schedule(event) {
    // Typing a name to look someone up is not yet an intake: it saves nothing.
    if (event && event.target && event.target.name === 'q') return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 1200);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  // Enter in the search box searches, as it reads; elsewhere the form's default applies.
  var search = document.getElementById('field-q');
  var searchButton = form.querySelector('button[value="search"]');
  if (search && searchButton) {
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); searchButton.click(); }
    });
  }
})();

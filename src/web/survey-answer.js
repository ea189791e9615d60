// Survey answer forms (phone screen, paper entry, public web page). Every form
// works without this script: the server applies skip logic between pages and
// checks every answer. With it, a question hides as soon as an earlier answer
// rules it out, number keys choose on the phone screen, and the phone screen
// saves a draft a moment after the coordinator stops typing.
(function () {
  'use strict';
  var form = document.querySelector('form[data-survey-form]');
  if (!form) return;

  function values(name) {
    var out = [];
    var fields = form.querySelectorAll('[name="q.' + name + '"]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if ((f.type === 'radio' || f.type === 'checkbox') && !f.checked) continue;
      if (f.value !== '') out.push(f.value);
    }
    return out;
  }

  function holds(condition) {
    var chosen = values(condition.question);
    if (condition.operator === 'includes') return chosen.indexOf(condition.value) >= 0;
    if (chosen.length === 0) return condition.operator === 'notEquals';
    return condition.operator === 'equals' ? chosen[0] === condition.value : chosen[0] !== condition.value;
  }

  function applySkipLogic() {
    var blocks = form.querySelectorAll('[data-show-if]');
    for (var i = 0; i < blocks.length; i++) {
      var conditions = JSON.parse(blocks[i].getAttribute('data-show-if'));
      var shown = conditions.every(holds);
      blocks[i].hidden = !shown;
    }
  }

  // A number key chooses the n-th choice of the question the focus is in.
  form.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
    var target = event.target;
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type !== 'radio' && target.type !== 'checkbox')) return;
    var block = target.closest && target.closest('[data-keyed]');
    if (!block) return;
    var choice = block.querySelector('input[data-key="' + event.key + '"]');
    if (!choice) return;
    event.preventDefault();
    if (choice.type === 'radio') choice.checked = true;
    else choice.checked = !choice.checked;
    choice.focus();
    choice.dispatchEvent(new Event('change', { bubbles: true }));
  });

  var status = document.getElementById('draft-status');
  var timer = null;
  function autosave() {
    if (!window.fetch || !window.FormData) return;
    var data = new FormData(form);
    data.set('draft', '1');
    fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Survey-Autosave': '1' } })
      .then(function (response) {
        if (!status) return;
        if (!response.ok) throw new Error(String(response.status));
        var time = new Date().toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
        status.textContent = status.getAttribute('data-saved').replace('{time}', time);
      })
      .catch(function () {
        if (status) status.textContent = status.getAttribute('data-failed');
      });
  }

  function changed() {
    applySkipLogic();
    if (form.hasAttribute('data-autosave')) {
      clearTimeout(timer);
      timer = setTimeout(autosave, 1500);
    }
  }
  form.addEventListener('change', changed);
  form.addEventListener('input', function (event) {
    if (event.target.type === 'text' || event.target.tagName === 'TEXTAREA') changed();
  });
  applySkipLogic();
})();

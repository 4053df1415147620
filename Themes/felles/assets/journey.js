/* Step-by-step navigation: every step is open without JavaScript; with it, steps collapse and each
   title becomes a button (aria-expanded), with one control to open or close all. */
(function () {
  'use strict';
  var list = document.querySelector('.step-by-step');
  if (!list) return;
  var steps = Array.prototype.slice.call(list.querySelectorAll('.step'));
  var buttons = [];

  function setOpen(button, open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }

  steps.forEach(function (step) {
    var title = step.querySelector('.step-title-text');
    var body = step.querySelector('.step-body');
    if (!title || !body) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'step-toggle';
    button.setAttribute('aria-controls', body.id);
    while (title.firstChild) button.appendChild(title.firstChild);
    title.appendChild(button);
    button.addEventListener('click', function () {
      setOpen(button, button.getAttribute('aria-expanded') !== 'true');
      updateAll();
    });
    buttons.push(button);
    setOpen(button, location.hash === '#' + step.id);
  });
  if (!buttons.length) return;

  var all = document.createElement('button');
  all.type = 'button';
  all.className = 'button step-toggle-all';
  function updateAll() {
    var anyClosed = buttons.some(function (b) { return b.getAttribute('aria-expanded') !== 'true'; });
    all.textContent = anyClosed ? list.getAttribute('data-show-all') : list.getAttribute('data-hide-all');
    all.setAttribute('aria-expanded', anyClosed ? 'false' : 'true');
  }
  all.addEventListener('click', function () {
    var open = all.getAttribute('aria-expanded') !== 'true';
    buttons.forEach(function (b) { setOpen(b, open); });
    updateAll();
  });
  list.parentNode.insertBefore(all, list);
  updateAll();
})();

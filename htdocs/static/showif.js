/* Progressive enhancement only: hides a question whose condition
 * (data-if-name / data-if-value) is not met. Without JavaScript every
 * question shows, with its condition in words; the server ignores
 * answers to questions whose condition does not hold. */
(function () {
  'use strict';
  var deps = document.querySelectorAll('[data-if-name]');
  function current(name) {
    var els = document.getElementsByName(name), i;
    for (i = 0; i < els.length; i++) {
      if (els[i].type === 'radio' || els[i].type === 'checkbox') {
        if (els[i].checked) return els[i].value;
      } else {
        return els[i].value;
      }
    }
    return '';
  }
  function update() {
    var i;
    for (i = 0; i < deps.length; i++) {
      var d = deps[i];
      d.hidden = current(d.getAttribute('data-if-name')) !==
          d.getAttribute('data-if-value');
    }
  }
  document.addEventListener('change', update);
  update();
}());

// The exam page: the timer counts down from the server's seconds left as mm:ss and reloads at zero (the server
// submits); a submit asks first, saying how many questions have no answer yet.
(function () {
  function clock(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    var mm = (m < 10 ? '0' : '') + m, ss = (s < 10 ? '0' : '') + s;
    return h > 0 ? h + ':' + mm + ':' + ss : mm + ':' + ss;
  }
  var el = document.getElementById('timer');
  if (el) {
    var end = Date.now() + Number(el.dataset.seconds) * 1000;
    setInterval(function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      el.textContent = clock(left);
      if (left === 0) { window.location.reload(); }
    }, 1000);
  }
  function answered(form) {
    var fields = form.querySelectorAll('input[name=answer], textarea[name=answer], select');
    if (fields.length === 0) { return true; } // a description: nothing to answer
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if ((f.type === 'radio' || f.type === 'checkbox') ? f.checked : f.value.trim() !== '') { return true; }
    }
    return false;
  }
  var submit = document.getElementById('submit-attempt');
  if (submit) {
    submit.addEventListener('submit', function (event) {
      var open = 0;
      document.querySelectorAll('section.question form').forEach(function (form) { if (!answered(form)) { open++; } });
      var question = open === 0 ? submit.dataset.confirm
          : open === 1 ? submit.dataset.confirmOne : submit.dataset.confirmMany.replace('%d', open);
      if (!window.confirm(question)) { event.preventDefault(); }
    });
  }
})();

// The exam timer: counts down from the server's seconds left and reloads at zero (the server submits).
(function () {
  var el = document.getElementById('timer');
  if (!el) { return; }
  var end = Date.now() + Number(el.dataset.seconds) * 1000;
  setInterval(function () {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    el.textContent = left;
    if (left === 0) { window.location.reload(); }
  }, 1000);
})();

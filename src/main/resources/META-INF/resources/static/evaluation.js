// Evaluation page: a comment "at this moment" takes the player's current position.
(function () {
  const form = document.getElementById('moment-form');
  const player = document.getElementById('player');
  if (!form || !player) return;
  form.addEventListener('submit', function () {
    form.elements['at'].value = player.currentTime.toFixed(2);
  });
})();

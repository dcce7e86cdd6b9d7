// Call page: clicking a word (or a turn's time) plays the recording from there; the turn being
// played is highlighted; ?t=SECONDS in the address starts there (search results link to moments).
(function () {
  const player = document.getElementById('player');
  if (!player) return;
  function seek(seconds) {
    player.currentTime = seconds;
    player.play().catch(function () { /* autoplay may be refused; the position is set anyway */ });
  }
  document.addEventListener('click', function (event) {
    const target = event.target.closest('[data-t]');
    if (!target) return;
    event.preventDefault();
    seek(parseFloat(target.dataset.t));
  });
  const turns = Array.from(document.querySelectorAll('.turn'));
  player.addEventListener('timeupdate', function () {
    const now = player.currentTime;
    turns.forEach(function (turn) {
      turn.classList.toggle('playing', now >= parseFloat(turn.dataset.start) && now <= parseFloat(turn.dataset.end));
    });
  });
  const start = new URLSearchParams(window.location.search).get('t');
  if (start !== null && !isNaN(parseFloat(start))) {
    player.addEventListener('loadedmetadata', function () { player.currentTime = parseFloat(start); }, { once: true });
  }
})();

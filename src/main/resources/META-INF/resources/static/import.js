// Ticket import: while the file is uploaded and imported, show how many rows are done.
(function () {
  const status = document.getElementById('import-progress');
  if (!status) return;
  status.closest('form').addEventListener('submit', function () {
    setInterval(function () {
      fetch('/tickets/import/progress', { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (text) { if (text.trim()) status.textContent = text.trim(); });
    }, 1000);
  });
})();

// Imports (tickets, chats): while the file is uploaded and imported, show how far it has got, read from the
// progress page the status element names.
(function () {
  const status = document.getElementById('import-progress');
  if (!status) return;
  const source = status.getAttribute('data-progress');
  status.closest('form').addEventListener('submit', function () {
    setInterval(function () {
      fetch(source, { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (text) { if (text.trim()) status.textContent = text.trim(); });
    }, 1000);
  });
})();

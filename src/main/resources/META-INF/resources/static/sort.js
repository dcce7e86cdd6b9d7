// Tables with class "sortable": each heading's button sorts the rows by that column (data-sort of the cells,
// numerically for headings marked data-numeric; empty values last), again to reverse. Rows that follow a row
// (class "row-form", its edit form) move with it.
(function () {
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = table.querySelectorAll('thead th');
    headings.forEach(function (th, column) {
      var button = th.querySelector('button.sort');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = button.hasAttribute('data-numeric');
        var body = table.tBodies[0];
        var groups = [];
        Array.prototype.forEach.call(body.rows, function (row) {
          if (row.classList.contains('row-form') && groups.length) { groups[groups.length - 1].rows.push(row); return; }
          var cell = row.cells[column];
          var value = cell ? (cell.getAttribute('data-sort') || '') : '';
          groups.push({ rows: [row], value: value });
        });
        groups.sort(function (a, b) {
          if (a.value === '' || b.value === '') { return (a.value === '') - (b.value === ''); }
          var order = numeric ? parseFloat(a.value) - parseFloat(b.value) : a.value.localeCompare(b.value);
          return ascending ? order : -order;
        });
        groups.forEach(function (g) { g.rows.forEach(function (r) { body.appendChild(r); }); });
      });
    });
  });
})();

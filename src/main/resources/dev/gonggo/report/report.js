// gonggo report: the postings table sorts by the column clicked (again: the other way).
(function () {
  'use strict';
  var table = document.getElementById('postings-table');
  if (!table || !table.tHead || !table.tBodies.length) {
    return;
  }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;

  function key(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-sort');
    return value === null ? cell.textContent.trim() : value;
  }

  function compare(a, b, numeric) {
    if (numeric) {
      // Postings that state no years sort after every number, whichever way.
      if (a === '' || b === '') {
        return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
      }
      return Number(a) - Number(b);
    }
    return a.localeCompare(b, 'ko');
  }

  function sortBy(column) {
    var header = headers[column];
    var numeric = header.getAttribute('data-type') === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    for (var i = 0; i < headers.length; i++) {
      headers[i].removeAttribute('aria-sort');
    }
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var a = key(x, column);
      var b = key(y, column);
      var c = compare(a, b, numeric);
      if (numeric && (a === '' || b === '')) {
        return c;
      }
      return ascending ? c : -c;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(row); });
    body.appendChild(fragment);
  }

  Array.prototype.forEach.call(headers, function (header, column) {
    header.setAttribute('tabindex', '0');
    header.addEventListener('click', function () { sortBy(column); });
    header.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        sortBy(column);
      }
    });
  });
}());

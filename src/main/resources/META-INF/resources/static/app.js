// Every page: the menu button opens and closes the navigation on a phone; the current page's link is marked.
(function () {
  var toggle = document.querySelector('.menu-toggle');
  var nav = document.getElementById('main-nav');
  if (toggle && nav) {
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  if (nav) {
    var here = window.location.pathname;
    nav.querySelectorAll('a').forEach(function (a) {
      var path = a.getAttribute('href');
      if (path === here || (path !== '/' && here.indexOf(path + '/') === 0)) { a.setAttribute('aria-current', 'page'); }
    });
  }
})();

// Forms that change a lot at once (publishing a month) ask first: <form data-ask="question">. (The exam's submit
// form has its own data-confirm, with the unanswered count, in attempt.js.)
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-ask');
  if (question && !window.confirm(question)) { event.preventDefault(); }
});

// Evaluation page: a comment "at this moment" takes the player's current position.
(function () {
  const form = document.getElementById('moment-form');
  const player = document.getElementById('player');
  if (!form || !player) return;
  form.addEventListener('submit', function () {
    form.elements['at'].value = player.currentTime.toFixed(2);
  });
})();

// Auto-QA suggestions: "Take" puts the suggested answer in the item's field and marks it taken (a hidden "taken"
// field the autosave sends); changing the answer by hand afterwards unmarks it. "Take all" takes every one.
(function () {
  const form = document.getElementById('evaluation-form');
  if (!form) return;
  let taking = false;
  function field(item) {
    return form.elements['a.' + item];
  }
  function mark(box, taken) {
    const item = box.dataset.item;
    let hidden = form.querySelector('input[name="taken"][value="' + CSS.escape(item) + '"]');
    if (taken && !hidden) {
      hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = 'taken';
      hidden.value = item;
      box.after(hidden);
    } else if (!taken && hidden) {
      hidden.remove();
    }
    box.querySelector('.taken-mark').hidden = !taken;
  }
  function take(box) {
    const input = field(box.dataset.item);
    if (!input) return null;
    input.value = box.dataset.answer;
    mark(box, true);
    return input;
  }
  function changed(input) {
    taking = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    taking = false;
  }
  form.addEventListener('click', function (event) {
    const button = event.target.closest('.take-suggestion');
    if (!button) return;
    const input = take(button.closest('.suggestion'));
    if (input) changed(input);
  });
  const all = document.getElementById('take-all');
  if (all) {
    all.addEventListener('click', function () {
      let last = null;
      form.querySelectorAll('.suggestion').forEach(function (box) { last = take(box) || last; });
      if (last) changed(last);
    });
  }
  form.addEventListener('change', function (event) {
    if (taking || !event.target.name || event.target.name.indexOf('a.') !== 0) return;
    const box = form.querySelector('.suggestion[data-item="' + CSS.escape(event.target.name.substring(2)) + '"]');
    if (box) mark(box, event.target.value === box.dataset.answer && !box.querySelector('.taken-mark').hidden);
  }, true);
})();

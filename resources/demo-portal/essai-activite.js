// Simulation only (test page, linked from no page): every second, dispatches a keydown, a
// pointerdown and an input event of its own, as a script that would keep a visit alive. The kiosk
// counts only a person's events; the counter shows how many rounds were dispatched.
'use strict';

(() => {
  const counter = document.getElementById('evenements-simules');
  let rounds = 0;
  setInterval(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    rounds += 1;
    if (counter !== null) {
      counter.textContent = String(rounds);
      counter.dataset.count = String(rounds);
    }
  }, 1000);
})();

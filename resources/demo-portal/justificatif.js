// Simulation only: the "Imprimer cette page" button of the document page calls the page's print
// dialog, as real portal pages do — the kiosk must refuse it.
'use strict';

(() => {
  const button = document.getElementById('imprimer');
  if (button !== null) button.addEventListener('click', () => window.print());
})();

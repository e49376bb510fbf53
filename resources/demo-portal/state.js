// Simulation only: shows which of the four stores of this origin hold data right now. Read by the
// tests after an end of visit; it reads no content and writes nothing.
'use strict';

(async () => {
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  const held = {
    cookie: document.cookie !== '',
    localStorage: localStorage.length > 0,
    sessionStorage: sessionStorage.length > 0,
    indexedDB: databases.length > 0,
  };
  for (const [store, hasData] of Object.entries(held)) {
    const cell = document.querySelector(`[data-store="${store}"]`);
    if (cell === null) continue;
    cell.dataset.state = hasData ? 'set' : 'empty';
    cell.textContent = hasData ? 'contient des données' : 'vide';
  }
  document.body.dataset.stateReady = 'true';
})();

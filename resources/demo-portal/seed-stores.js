// Simulation only: on every page load, the demo portal leaves a flag (never anything a visitor
// typed) in each of the four stores a real portal may use, so that tests can prove the end of a
// visit erases them: a cookie, a localStorage item, a sessionStorage item and an IndexedDB record.
'use strict';

(() => {
  const flag = 'demo-visit';
  const root = document.documentElement;

  document.cookie = `${flag}=1; path=/; SameSite=Lax`;
  try {
    localStorage.setItem(flag, '1');
    sessionStorage.setItem(flag, '1');
  } catch {
    // Storage refused (e.g. an opaque origin): nothing to seed.
  }

  const request = indexedDB.open('borne-demo', 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('visits', { keyPath: 'id' });
  };
  request.onerror = () => {
    root.dataset.demoStores = 'failed';
  };
  request.onsuccess = () => {
    const database = request.result;
    // Let an erase in progress delete the database instead of waiting for this page.
    database.onversionchange = () => database.close();
    const transaction = database.transaction('visits', 'readwrite');
    transaction.objectStore('visits').put({ id: flag, value: 1 });
    transaction.oncomplete = () => {
      database.close();
      root.dataset.demoStores = 'set';
    };
    transaction.onerror = () => {
      database.close();
      root.dataset.demoStores = 'failed';
    };
  };
})();

/**
 * The scripts the self-test runs in the kiosk's pages (see `PageScript`). Each returns plain
 * values — states, lengths, error names, booleans — and never a field's value, a page's text or
 * anything a visitor typed. The demo portal's stores are read through its own `state.html`.
 */
import type { KioskMethodName } from '../../../common/bridge/contract.ts';
import { literal, pageScript, type PageScript } from './page-script.ts';

/** What the host page shows. */
export interface HostScreen {
  /** The attract screen is showing (`main.attract`). */
  readonly attract: boolean;
  /** The idle countdown is showing (`#idle-title`). */
  readonly countdown: boolean;
  /** The document has finished loading. */
  readonly ready: boolean;
}

/** What the host page's globals expose. */
export interface HostGlobals {
  readonly url: string;
  /** `typeof require` in the page. */
  readonly require: string;
  /** `typeof process` in the page. */
  readonly process: string;
  /** `Object.keys(window.kiosk)`, or null without a bridge. */
  readonly methods: readonly string[] | null;
}

/** The stores a page can leave data in, each marked and looked for by the self-test. */
export const storeNames = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'cacheStorage'] as const;

/** The name of a store. */
export type StoreName = (typeof storeNames)[number];

/** For each store, whether it holds the self-test's mark. */
export type StoreMarks = Readonly<Record<StoreName, boolean>>;

/** The name of the self-test's mark in every store: `borne-self-test-<token>` (never a visitor's data). */
export function markName(token: string): string {
  return `borne-self-test-${token}`;
}

/** How a permission request ended: `granted`, `denied:<error name>`, or `no-answer` within 4 s. */
export type PermissionAnswer = string;

/** The permissions a page asks for. */
export const permissionNames = ['camera', 'microphone', 'geolocation', 'notifications', 'clipboardRead'] as const;

/** The answer to each permission request. */
export type PermissionAnswers = Readonly<Record<(typeof permissionNames)[number], PermissionAnswer>>;

/** A field's value compared in the page with the text the self-test typed. */
export interface FieldReading {
  /** The value's length; null when the field is missing. */
  readonly length: number | null;
  /** True when the value equals the expected test text (the value itself never leaves the page). */
  readonly matches: boolean;
}

/** The scripts of the host page. */
export const hostScripts = {
  /** Which screen the host page shows. */
  screen: (): PageScript<HostScreen> =>
    pageScript(
      'host-screen',
      `({ attract: document.querySelector('main.attract') !== null, countdown: document.getElementById('idle-title') !== null, ready: document.readyState === 'complete' })`,
    ),
  /** The page's globals: no Node, and the bridge's method names. */
  globals: (): PageScript<HostGlobals> =>
    pageScript(
      'host-globals',
      `({ url: location.href, require: typeof globalThis.require, process: typeof globalThis.process, methods: typeof window.kiosk === 'object' && window.kiosk !== null ? Object.keys(window.kiosk) : null })`,
    ),
  /** Leaves a marker in the page's memory: a reload loses it. */
  setMarker: (token: string): PageScript<boolean> => pageScript('set-marker', `(window.__borneSelfTestMarker = ${literal(token)}, true)`, { token }),
  /** The marker, or null when the page was reloaded since. */
  readMarker: (): PageScript<string | null> => pageScript('read-marker', `(typeof window.__borneSelfTestMarker === 'string' ? window.__borneSelfTestMarker : null)`),
  /** Touches the attract screen (its full-screen button): starts a visit. False when not on it. */
  startVisit: (): PageScript<boolean> =>
    pageScript('start-visit', `(() => { const surface = document.querySelector('main.attract button'); if (surface === null) return false; surface.click(); return true; })()`),
  /** Calls one bridge method from the page, as the renderer does. */
  callBridge: (method: KioskMethodName, payload?: unknown): PageScript<unknown> =>
    pageScript('call-bridge', `window.kiosk[${literal(method)}](${payload === undefined ? '' : literal(payload)})`, { method, payload }),
  /** Calls every named bridge method at once; the error code of each answer, or `ok`. */
  callEveryMethod: (methods: readonly string[]): PageScript<Readonly<Record<string, string>>> =>
    pageScript(
      'call-every-method',
      `(async () => {
        const answers = {};
        for (const method of ${literal(methods)}) {
          try {
            const result = await window.kiosk[method]();
            answers[method] = result && result.ok === false && result.error ? String(result.error.code) : 'ok';
          } catch (error) {
            answers[method] = 'threw:' + (error && error.name ? error.name : 'error');
          }
        }
        return answers;
      })()`,
      { methods },
    ),
};

/** A script that sends the page elsewhere (host or portal). */
export function setLocation(url: string): PageScript<boolean> {
  return pageScript('set-location', `(location.href = ${literal(url)}, true)`, { url });
}

/** Asks for camera, microphone, position, notifications and clipboard; how each request ended. */
export function requestPermissions(): PageScript<PermissionAnswers> {
  return pageScript(
    'request-permissions',
    `(async () => {
      const settle = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('no-answer'), 4000))]);
      const refused = (error) => 'denied:' + (error && error.name ? error.name : 'error');
      const media = (constraints) => navigator.mediaDevices
        ? navigator.mediaDevices.getUserMedia(constraints).then((stream) => { stream.getTracks().forEach((track) => track.stop()); return 'granted'; }, refused)
        : Promise.resolve('denied:unavailable');
      const position = new Promise((resolve) => navigator.geolocation
        ? navigator.geolocation.getCurrentPosition(() => resolve('granted'), (error) => resolve('denied:code-' + error.code), { timeout: 3000 })
        : resolve('denied:unavailable'));
      const notifications = typeof Notification === 'undefined'
        ? Promise.resolve('denied:unavailable')
        : Notification.requestPermission().then((state) => (state === 'granted' ? 'granted' : 'denied:' + state), refused);
      const clipboard = navigator.clipboard ? navigator.clipboard.readText().then(() => 'granted', refused) : Promise.resolve('denied:unavailable');
      const [camera, microphone, geolocation, notification, clipboardRead] = await Promise.all(
        [media({ video: true }), media({ audio: true }), position, notifications, clipboard].map(settle),
      );
      return { camera, microphone, geolocation, notifications: notification, clipboardRead };
    })()`,
  );
}

/** The scripts of the portal page. */
export const portalScripts = {
  /** Leaves the self-test's mark in every store of the page's origin; for each, whether it held. */
  markStores: (token: string): PageScript<StoreMarks> =>
    pageScript(
      'mark-stores',
      `(async () => {
        const name = ${literal(markName(token))};
        const marked = { cookie: false, localStorage: false, sessionStorage: false, indexedDB: false, cacheStorage: false };
        try { document.cookie = name + '=1; path=/; SameSite=Lax; Max-Age=3600'; marked.cookie = document.cookie.includes(name + '='); } catch {}
        try { localStorage.setItem(name, '1'); marked.localStorage = localStorage.getItem(name) === '1'; } catch {}
        try { sessionStorage.setItem(name, '1'); marked.sessionStorage = sessionStorage.getItem(name) === '1'; } catch {}
        try {
          marked.indexedDB = await new Promise((resolve) => {
            const request = indexedDB.open(name, 1);
            request.onupgradeneeded = () => request.result.createObjectStore('marks');
            request.onerror = () => resolve(false);
            request.onsuccess = () => {
              const database = request.result;
              const transaction = database.transaction('marks', 'readwrite');
              transaction.objectStore('marks').put(1, 'mark');
              transaction.oncomplete = () => { database.close(); resolve(true); };
              transaction.onerror = () => { database.close(); resolve(false); };
            };
          });
        } catch {}
        try { await (await caches.open(name)).put('/' + name, new Response('1')); marked.cacheStorage = await caches.has(name); } catch {}
        return marked;
      })()`,
      { token },
    ),
  /** Looks for the self-test's mark in every store of the page's origin. */
  findMarks: (token: string): PageScript<StoreMarks> =>
    pageScript(
      'find-marks',
      `(async () => {
        const name = ${literal(markName(token))};
        const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
        return {
          cookie: document.cookie.split(';').some((part) => part.trim().startsWith(name + '=')),
          localStorage: localStorage.getItem(name) !== null,
          sessionStorage: sessionStorage.getItem(name) !== null,
          indexedDB: databases.some((database) => database.name === name),
          cacheStorage: typeof caches !== 'undefined' && (await caches.has(name)),
        };
      })()`,
      { token },
    ),
  /** Focuses a field (emptied first); false when the page has no such field. */
  focusField: (selector: string): PageScript<boolean> =>
    pageScript(
      'focus-field',
      `(() => { const field = document.querySelector(${literal(selector)}); if (field === null) return false; field.value = ''; field.focus(); return document.activeElement === field; })()`,
      { selector },
    ),
  /** A field's value length, and whether it equals the text the self-test typed. */
  readField: (selector: string, expected: string): PageScript<FieldReading> =>
    pageScript(
      'read-field',
      `(() => { const field = document.querySelector(${literal(selector)}); return field === null ? { length: null, matches: false } : { length: field.value.length, matches: field.value === ${literal(expected)} }; })()`,
      { selector, expected },
    ),
  /** `window.open(url)`. */
  openWindow: (url: string): PageScript<boolean> => pageScript('open-window', `(window.open(${literal(url)}), true)`, { url }),
  /** Clicks a `target=_blank` link to `url`. */
  clickBlankLink: (url: string): PageScript<boolean> =>
    pageScript(
      'click-blank-link',
      `(() => { const link = document.createElement('a'); link.href = ${literal(url)}; link.target = '_blank'; document.body.append(link); link.click(); link.remove(); return true; })()`,
      { url },
    ),
  /** Adds a frame showing `url`. */
  addFrame: (url: string): PageScript<boolean> =>
    pageScript('add-frame', `(() => { const frame = document.createElement('iframe'); frame.src = ${literal(url)}; document.body.append(frame); return true; })()`, { url }),
  /** Clicks a link with a `download` attribute. */
  clickDownloadLink: (url: string): PageScript<boolean> =>
    pageScript(
      'click-download-link',
      `(() => { const link = document.createElement('a'); link.href = ${literal(url)}; link.download = 'justificatif.html'; document.body.append(link); link.click(); link.remove(); return true; })()`,
      { url },
    ),
  /** Clicks the page's first file input; false when it has none. */
  clickFileInput: (): PageScript<boolean> =>
    pageScript('click-file-input', `(() => { const input = document.querySelector('input[type="file"]'); if (input === null) return false; input.click(); return true; })()`),
  /** Calls `window.print()` just after answering (a print dialog would block the page). */
  print: (): PageScript<boolean> => pageScript('print', `(setTimeout(() => window.print(), 0), true)`),
  /** Answers at once: the page is responsive. */
  ping: (): PageScript<number> => pageScript('ping', '1'),
  /** Never returns: the page's renderer hangs. */
  hang: (): PageScript<never> => pageScript('hang', 'while (true) {}'),
  /** Dispatches made-up (untrusted) activity events; how many. */
  syntheticActivity: (): PageScript<number> =>
    pageScript(
      'synthetic-activity',
      `(() => {
        const target = document.body || document.documentElement;
        const events = [new KeyboardEvent('keydown', { bubbles: true, key: 'a' }), new PointerEvent('pointerdown', { bubbles: true }), new WheelEvent('wheel', { bubbles: true }), new InputEvent('input', { bubbles: true })];
        for (const event of events) target.dispatchEvent(event);
        return events.length;
      })()`,
    ),
};

/**
 * The portal agent's part of ending a visit, run on the demo's end-of-visit page (which the server
 * already answers with `Clear-Site-Data`): empties each store the page can reach, checks it is
 * empty, and returns the store names with the outcome and the time taken — never what they held.
 */
import type { AgentWipeStep } from './agent-protocol.ts';

/** Longest wait for one IndexedDB database to be deleted (another page may hold it open). */
export const databaseDeleteTimeoutMs = 1_000;

type Store = AgentWipeStep['store'];

function expireCookies(doc: Document): boolean {
  const names = doc.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '');
  const paths = ['/', doc.location.pathname.replace(/[^/]*$/, '')];
  for (const name of names) {
    for (const path of paths) doc.cookie = `${name}=; Max-Age=0; path=${path}`;
  }
  return doc.cookie === '';
}

function clearStorage(storage: Storage): boolean {
  storage.clear();
  return storage.length === 0;
}

function deleteDatabase(factory: IDBFactory, name: string, win: Window): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const timer = win.setTimeout(() => resolve(false), databaseDeleteTimeoutMs);
    const request = factory.deleteDatabase(name);
    const done = (ok: boolean): void => {
      win.clearTimeout(timer);
      resolve(ok);
    };
    request.onsuccess = () => done(true);
    request.onerror = () => done(false);
  });
}

async function clearIndexedDb(win: Window): Promise<boolean> {
  const factory = win.indexedDB;
  const databases = await factory.databases();
  const names = databases.map((database) => database.name).filter((name): name is string => name !== undefined);
  const deleted = await Promise.all(names.map((name) => deleteDatabase(factory, name, win)));
  return deleted.every(Boolean) && (await factory.databases()).length === 0;
}

async function clearCacheStorage(win: Window): Promise<boolean> {
  if (!('caches' in win)) return true; // no Cache Storage in this context: nothing can be there
  const keys = await win.caches.keys();
  await Promise.all(keys.map((key) => win.caches.delete(key)));
  return (await win.caches.keys()).length === 0;
}

/** Empties the page's cookies, Web Storage, IndexedDB and Cache Storage, one after the other. */
export async function wipeSiteData(win: Window, now: () => number = () => win.performance.now()): Promise<AgentWipeStep[]> {
  const clearers: readonly (readonly [Store, () => boolean | Promise<boolean>])[] = [
    ['cookies', () => expireCookies(win.document)],
    ['localStorage', () => clearStorage(win.localStorage)],
    ['sessionStorage', () => clearStorage(win.sessionStorage)],
    ['indexedDB', () => clearIndexedDb(win)],
    ['cacheStorage', () => clearCacheStorage(win)],
  ];
  const steps: AgentWipeStep[] = [];
  for (const [store, clear] of clearers) {
    const started = now();
    let ok: boolean;
    try {
      ok = await clear();
    } catch {
      ok = false;
    }
    steps.push({ store, ok, ms: Math.round((now() - started) * 10) / 10 });
  }
  return steps;
}

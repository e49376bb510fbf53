/**
 * The self-test's marks, to prove the end of a visit erased what a visitor's pages stored: one
 * visit leaves a mark with a name unique to it in every store (cookie, localStorage,
 * sessionStorage, IndexedDB, CacheStorage) and the next visit looks for that very mark. The demo
 * portal's own flag cannot serve: every visit opens on the demo home page, which sets it again on
 * load before anything can read it.
 */
import { markName, portalScripts, storeNames, type StoreMarks, type StoreName } from '../page-scripts.ts';
import type { SelfTestKiosk } from '../self-test-kiosk.ts';

/** The French name of each store. */
export const storeLabels: Readonly<Record<StoreName, string>> = {
  cookie: 'cookie',
  localStorage: 'stockage local',
  sessionStorage: 'stockage de session',
  indexedDB: 'base IndexedDB',
  cacheStorage: 'cache',
};

/** A fresh token for one visit's marks. */
export function markToken(kiosk: SelfTestKiosk, index: number): string {
  return `${String(Math.round(kiosk.clock.now()))}-${String(index)}`;
}

/** Leaves marks of `token` in the current portal page's stores; which stores took them. */
export function leaveMarks(kiosk: SelfTestKiosk, token: string): Promise<StoreMarks> {
  return kiosk.portal.evaluate(portalScripts.markStores(token));
}

/** Which stores of the current portal still hold the marks of `token`, its session's cookie jar included. */
export async function findMarks(kiosk: SelfTestKiosk, token: string): Promise<StoreMarks> {
  const inPage = await kiosk.portal.evaluate(portalScripts.findMarks(token));
  const session = await kiosk.portal.session();
  return { ...inPage, cookie: inPage.cookie || (session?.cookieNames.includes(markName(token)) ?? false) };
}

/** The French names of the stores set in `marks`. */
export function marked(marks: StoreMarks): string[] {
  return storeNames.filter((store) => marks[store]).map((store) => storeLabels[store]);
}

/** The French names of the stores not set in `marks`. */
export function unmarked(marks: StoreMarks): string[] {
  return storeNames.filter((store) => !marks[store]).map((store) => storeLabels[store]);
}

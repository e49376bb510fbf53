import { expect, type Frame, type Page } from '@playwright/test';
import { demoWipePath } from '../../common/preview/preview-endpoints.ts';
import type { WipeReport } from '../../common/portal/portal-types.ts';

/** The four stores a portal page may leave data in. */
export interface PortalStores {
  readonly cookie: boolean;
  readonly localStorage: boolean;
  readonly sessionStorage: boolean;
  readonly indexedDB: boolean;
}

/**
 * The frame of the visitor's portal (the demo portal, on its own origin), once it shows a portal
 * page: when an erasing was owed, the frame first loads the end-of-visit page, then the portal.
 */
export async function portalFrame(page: Page): Promise<Frame> {
  await page.locator('iframe[data-portal-frame]').waitFor();
  const handle = await page.locator('iframe[data-portal-frame]').elementHandle();
  const frame = await handle?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('no portal frame');
  const showsPortalPage = (): boolean => /^https?:/.test(frame.url()) && new URL(frame.url()).pathname !== demoWipePath;
  await expect.poll(showsPortalPage, { timeout: 15_000 }).toBe(true);
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Leaves a marker of "the previous visitor" in each store of the portal's origin, from inside the
 * portal page: a cookie, a localStorage and a sessionStorage item, and an IndexedDB record.
 */
export async function leaveVisitorMarkers(frame: Frame, marker: string): Promise<void> {
  await frame.evaluate(async (value) => {
    document.cookie = `previous-visitor=${value}; path=/; SameSite=Lax`;
    localStorage.setItem('previous-visitor', value);
    sessionStorage.setItem('previous-visitor', value);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('previous-visitor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onerror = () => reject(new Error('indexedDB refused'));
      request.onsuccess = () => {
        const transaction = request.result.transaction('records', 'readwrite');
        transaction.objectStore('records').put(value, 'marker');
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
  }, marker);
}

/** Which stores of the portal's origin still hold the previous visitor's marker. */
export async function visitorMarkers(frame: Frame, marker: string): Promise<PortalStores> {
  return frame.evaluate(async (value) => {
    const inIndexedDb = await new Promise<boolean>((resolve) => {
      const request = indexedDB.open('previous-visitor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onerror = () => resolve(false);
      request.onsuccess = () => {
        const read = request.result.transaction('records', 'readonly').objectStore('records').get('marker');
        read.onsuccess = () => {
          request.result.close();
          resolve(read.result === value);
        };
        read.onerror = () => resolve(false);
      };
    });
    return {
      cookie: document.cookie.includes(`previous-visitor=${value}`),
      localStorage: localStorage.getItem('previous-visitor') === value,
      sessionStorage: sessionStorage.getItem('previous-visitor') === value,
      indexedDB: inIndexedDb,
    };
  }, marker);
}

/** The wipe report of every visit ended so far, as the preview records them (names and ms only). */
export async function wipeReports(page: Page): Promise<WipeReport[]> {
  return page.evaluate(() => (window as unknown as { kioskPreview: { wipeReports: WipeReport[] } }).kioskPreview.wipeReports);
}

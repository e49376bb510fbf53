/**
 * The parts of the renderer that the attract screen does not need, each in its own chunk: the
 * guide, the portal screen (with the page companion and the on-screen keyboard), the recap (with
 * the slip and its QR encoder) and the staff layer. `prefetchKioskParts` fetches them one per idle
 * moment after the first screen has painted, in the order a visitor meets them, so that no tap
 * waits for a download.
 */
import type { IdleScheduler } from '../state/idle-scheduler.ts';
import { OnDemand } from './on-demand.svelte.ts';

/** The guide's screens (`GuideView`): the first tap needs it. */
export const guidePart = new OnDemand(() => import('../guide/GuideView.svelte'));
/** The portal screen, its companion and the on-screen keyboard. */
export const portalPart = new OnDemand(() => import('../guide/PortalScreen.svelte'));
/** The recap and the slip (with its QR encoder). */
export const recapPart = new OnDemand(() => import('../guide/RecapScreen.svelte'));
/** The staff layer (hidden gesture, PIN pad, staff screen). */
export const staffPart = new OnDemand(() => import('../staff/StaffLayer.svelte'));

/** A part that can be fetched ahead. */
export interface Prefetchable {
  load(): Promise<unknown>;
}

/** Every part, in the order a visitor meets them. */
export const kioskParts: readonly Prefetchable[] = [guidePart, staffPart, portalPart, recapPart];

/**
 * Fetches `parts` one per idle moment, each once the previous one has arrived (a failed one is
 * skipped: whatever needs it loads it again). Returns the function that stops before the next.
 */
export function prefetchKioskParts(scheduler: IdleScheduler, parts: readonly Prefetchable[] = kioskParts): () => void {
  let handle: number | undefined;
  let stopped = false;
  const next = (index: number): void => {
    const part = parts[index];
    if (part === undefined || stopped) return;
    handle = scheduler.request(() => {
      handle = undefined;
      void part.load().catch(() => undefined).then(() => next(index + 1));
    });
  };
  next(0);
  return () => {
    stopped = true;
    if (handle !== undefined) scheduler.cancel(handle);
  };
}

/**
 * The portal view's preload (the EduConnect page in its per-visitor session). It tells the main
 * process only the KIND of the field that has focus — so the on-screen keyboard can adapt — and,
 * throttled, that the visitor is active. Never a value, name, label or address. Nothing is exposed
 * to the page: no contextBridge, no global.
 */
import { ipcRenderer } from 'electron';
import { createActivityThrottle } from '../../common/portal/activity-throttle.ts';
import { classifyField } from '../../common/portal/field-kind.ts';
import { portalActivityChannel, portalActivityThrottleMs, portalFocusChannel } from '../../common/portal/portal-channels.ts';
import type { FieldKind } from '../../common/portal/portal-types.ts';

function focusedFieldKind(): FieldKind | null {
  const element = document.activeElement;
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? classifyField(element) : null;
}

let reported: FieldKind | null = null;

function report(field: FieldKind | null): void {
  if (field === reported) return;
  reported = field;
  ipcRenderer.send(portalFocusChannel, { field });
}

const reportFocus = (): void => report(focusedFieldKind());
const options = { capture: true, passive: true };

window.addEventListener('focusin', reportFocus, options);
// Moving between fields fires focusout then focusin: look once both are done, so the keyboard does
// not flicker. When the whole view loses focus the field stays active and nothing changes.
window.addEventListener('focusout', () => setTimeout(reportFocus, 0), options);
// Leaving the page: no field has focus any more.
window.addEventListener('pagehide', () => report(null), options);

const activity = createActivityThrottle(() => ipcRenderer.send(portalActivityChannel), portalActivityThrottleMs);
for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input'] as const) {
  window.addEventListener(type, activity, options);
}

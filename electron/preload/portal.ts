/**
 * The portal view's preload (the EduConnect page in its per-visitor session). It tells the main
 * process only the KIND of the field that has focus — so the on-screen keyboard can adapt — or
 * that focus is in a frame of another site the keyboard cannot reach; which known page this is
 * and which of its known fields has focus, as ids of `portal-pages.json` (it reads the page's
 * headings and labels to match them, and sends none of them); throttled, that the visitor (a
 * person, never a page script) is active; and that it refused the page's file chooser or print
 * dialog. Never a value, name, label, text of the page, file name or address. Nothing is exposed
 * to the page: the only thing run in the page's world is the guard that replaces its print and
 * file pickers.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createActivityThrottle } from '../../common/portal/activity-throttle.ts';
import { keepFocusedFieldInView } from '../../common/portal/focus-in-view.ts';
import { startPageRecognition } from '../../common/portal/page-recognition-runtime.ts';
import { guardMainWorld } from '../../common/portal/page-guards-main-world.ts';
import {
  createRefusalReporter,
  focusReport,
  installFileChooserGuard,
  isVisitorActivity,
  sameFocus,
  visitorActivityEvents,
  type FocusReport,
} from '../../common/portal/page-guards.ts';
import {
  portalActivityChannel,
  portalActivityThrottleMs,
  portalFocusChannel,
  portalPageChannel,
  portalRefusedChannel,
} from '../../common/portal/portal-channels.ts';
import { portalPageCatalog } from '../../common/portal/portal-pages.ts';

// The page's own world: `window.print()`, a scripted `input.click()` or `showPicker()`, the file
// system pickers. Runs before any script of the page; the reporter crosses back here, checked.
const reportRefusal = createRefusalReporter((what) => ipcRenderer.send(portalRefusedChannel, { what }));
contextBridge.executeInMainWorld({ func: guardMainWorld, args: [reportRefusal] });

// The isolated world shares the page's DOM, so its capture listeners on the window, added before
// the page's, see every tap and every dispatched click on an element of the page.
installFileChooserGuard(window, reportRefusal);

// Which known page this is: looked at once the document is parsed, again when the page changes
// itself (a step shown by a script), and at the focused field when focus moves.
const recognition = startPageRecognition(
  { document, setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  portalPageCatalog,
  (report) => ipcRenderer.send(portalPageChannel, report),
);

/** What of the page's own changes can change what it visibly shows. */
const watchedChanges = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'open', 'aria-hidden'] };

window.addEventListener(
  'DOMContentLoaded',
  () => {
    recognition.recognise(true);
    if (typeof MutationObserver === 'function') new MutationObserver(() => recognition.pageChanged()).observe(document.documentElement, watchedChanges);
  },
  { once: true },
);

let reported: FocusReport | undefined;

function report(focus: FocusReport): void {
  if (sameFocus(reported, focus)) return;
  reported = focus;
  ipcRenderer.send(portalFocusChannel, focus.inFrame ? { field: null, inFrame: true } : { field: focus.field });
}

// Frames of the page's own site are looked into; another site's frame is out of reach.
const reportFocus = (): void => {
  report(focusReport(document.activeElement, 'descend'));
  recognition.focusChanged();
};
const options = { capture: true, passive: true };

window.addEventListener('focusin', reportFocus, options);
// Moving between fields fires focusout then focusin: look once both are done, so the keyboard does
// not flicker. When the whole view loses focus the field stays active and nothing changes. Focus
// going into a frame blurs this window without any focusin here: look then too.
window.addEventListener('focusout', () => setTimeout(reportFocus, 0), options);
window.addEventListener('blur', () => setTimeout(reportFocus, 0), options);
// Leaving the page: no field has focus any more, and no known page shows until the next one says so.
window.addEventListener(
  'pagehide',
  () => {
    report({ field: null, inFrame: false });
    ipcRenderer.send(portalPageChannel, { page: null, field: null });
  },
  options,
);
// A page shown again from the back-forward cache: say again which page it is.
window.addEventListener(
  'pageshow',
  (event) => {
    if (event.persisted) recognition.recognise(true);
  },
  options,
);

// The kiosk shrinks the portal for its keyboard and the page companion: the field stays in view.
keepFocusedFieldInView(window);

const activity = createActivityThrottle(() => ipcRenderer.send(portalActivityChannel), portalActivityThrottleMs);
for (const type of visitorActivityEvents) {
  window.addEventListener(
    type,
    (event) => {
      if (isVisitorActivity(event)) activity();
    },
    options,
  );
}

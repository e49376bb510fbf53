/**
 * The portal agent's page recognition: which known page the demo page is, and which of its known
 * fields has focus, reported to the host as catalog ids — the same recognition as the Electron
 * portal preload's (`common/portal/page-recognition-runtime.ts`). The page's headings and labels
 * are read to match them, and never sent.
 */
import { startPageRecognition } from '../../../common/portal/page-recognition-runtime.ts';
import { portalPageCatalog } from '../../../common/portal/portal-pages.ts';
import { agentMessageTag } from './agent-protocol.ts';
import type { PostToHost } from './agent-reporting.ts';

/** What of the page's own changes can change what it visibly shows. */
const watchedChanges: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'class', 'style', 'open', 'aria-hidden'],
};

/**
 * Starts recognition in the agent's page: at once (the agent runs once the page is parsed, before
 * it reports the page ready), again when the page changes itself, at each focus change, and when
 * the page is shown again from the back-forward cache. Returns the function that stops it.
 */
export function installPageRecognition(win: Window, post: PostToHost): () => void {
  const doc = win.document;
  const controller = new AbortController();
  const options = { capture: true, passive: true, signal: controller.signal };
  const recognition = startPageRecognition(
    { document: doc, setTimeout: (callback, ms) => win.setTimeout(callback, ms), clearTimeout: (handle) => win.clearTimeout(handle as number) },
    portalPageCatalog,
    (report) => post({ tag: agentMessageTag, type: 'recognised', ...report }),
  );
  recognition.recognise(true);
  // The page's own MutationObserver: the agent is a script of the page, in its window.
  const observer = new MutationObserver(() => recognition.pageChanged());
  observer.observe(doc.documentElement, watchedChanges);
  doc.addEventListener('focusin', () => recognition.focusChanged(), options);
  // Moving between fields fires focusout then focusin: look once both are done.
  doc.addEventListener('focusout', () => win.setTimeout(() => recognition.focusChanged(), 0), options);
  win.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) recognition.recognise(true);
    },
    options,
  );
  return () => {
    observer.disconnect();
    controller.abort();
  };
}

/**
 * Page recognition as it runs inside the portal page, for both shells: it looks at the page when
 * asked (a new document), again shortly after the page changes itself (a step shown by a script),
 * and at the focused field when focus moves; it reports `{ page, field }` — catalog ids or null —
 * only when they change. The host (Electron preload, preview agent) wires the DOM events.
 */
import { recogniseField, recognisePage } from './page-recognition.ts';
import { documentProbe, fieldProbe, type ProbedDocument, type ProbedElement } from './page-probe-dom.ts';
import type { PortalPage, PortalPageCatalog } from './portal-pages-schema.ts';

/** What the portal reports of a page: the known page it is, and the known field with focus. Ids only. */
export interface PageReport {
  readonly page: string | null;
  readonly field: string | null;
}

/** The page as recognition sees it. */
export interface RecognitionSurface {
  readonly document: ProbedDocument & { readonly activeElement: unknown };
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Recognition in place. */
export interface PageRecognition {
  /** Looks at the page now; `force` reports even an unchanged answer (a document shown again). */
  recognise(force?: boolean): void;
  /**
   * The page changed itself (its DOM mutated): looks again at once, and — while changes keep
   * coming — at most once per `settleMs`, the last time once they have stopped.
   */
  pageChanged(): void;
  /** Focus moved: looks at the focused field again. */
  focusChanged(): void;
}

/**
 * While a page keeps changing itself, it is looked at no more than once per this many
 * milliseconds (a page's own timer or animation cannot keep recognition busy).
 */
export const pageSettleMs = 40;

/** The form controls a field can be. */
const controls = 'input, select, textarea';

function focusedElement(active: unknown): ProbedElement | undefined {
  if (typeof active !== 'object' || active === null) return undefined;
  const element = active as Partial<ProbedElement>;
  if (typeof element.matches !== 'function' || typeof element.getAttribute !== 'function') return undefined;
  return element.matches(controls) ? (element as ProbedElement) : undefined;
}

/** Starts recognition on `surface`; `send` receives each new report. */
export function startPageRecognition(
  surface: RecognitionSurface,
  catalog: PortalPageCatalog,
  send: (report: PageReport) => void,
  settleMs = pageSettleMs,
): PageRecognition {
  const doc = surface.document;
  let page: PortalPage | null = null;
  let reported: PageReport | undefined;
  /** The look scheduled at the end of the current window of changes, if any. */
  let settling: unknown;
  /** True while a window of `settleMs` after a look at a change is open. */
  let windowOpen = false;
  let changedInWindow = false;

  const fieldId = (): string | null => {
    const element = page === null ? undefined : focusedElement(doc.activeElement);
    if (page === null || element === undefined) return null;
    return recogniseField(page, fieldProbe(doc, element))?.id ?? null;
  };

  const report = (force: boolean): void => {
    const next: PageReport = { page: page?.id ?? null, field: fieldId() };
    if (!force && reported !== undefined && reported.page === next.page && reported.field === next.field) return;
    reported = next;
    send(next);
  };

  const recognise = (force = false): void => {
    if (settling !== undefined) surface.clearTimeout(settling);
    settling = undefined;
    windowOpen = false;
    changedInWindow = false;
    page = recognisePage(catalog, documentProbe(doc));
    report(force);
  };

  const closeWindow = (): void => {
    settling = undefined;
    windowOpen = false;
    if (!changedInWindow) return;
    changedInWindow = false;
    lookAtChange();
  };

  /** Looks now (the mutation callback runs once the page's own update is done), then opens a window. */
  const lookAtChange = (): void => {
    page = recognisePage(catalog, documentProbe(doc));
    report(false);
    windowOpen = true;
    settling = surface.setTimeout(closeWindow, settleMs);
  };

  return {
    recognise,
    pageChanged() {
      if (windowOpen) changedInWindow = true;
      else lookAtChange();
    },
    focusChanged() {
      report(false);
    },
  };
}

/**
 * `PageProbe` and `FieldProbe` over a page's DOM, for the Electron preload and the preview's agent
 * (structural types: `common/` has no DOM library; a DOM `Document` and `Element` fit). Only
 * markup and the visible texts of headings, labels, buttons, links and sentences are read — never
 * a field's value. What is read stays in the page: recognition answers with catalog ids.
 */
import type { PageTextKind } from './portal-pages-schema.ts';
import type { FieldProbe, PageProbe } from './page-recognition.ts';

/** The parts of a DOM element the probes read. */
export interface ProbedElement {
  readonly textContent: string | null;
  matches(selectors: string): boolean;
  getAttribute(name: string): string | null;
  getClientRects(): { readonly length: number };
  /** Chromium's own visibility check (hidden, `display: none`, `visibility: hidden`, `content-visibility`). */
  checkVisibility?: (options?: { readonly visibilityProperty?: boolean }) => boolean;
  /** A form control's `<label>` elements. */
  readonly labels?: ArrayLike<ProbedElement> | null;
}

/** The parts of a DOM document the probes read. */
export interface ProbedDocument {
  querySelectorAll(selectors: string): ArrayLike<ProbedElement>;
  getElementById(id: string): ProbedElement | null;
}

/** The elements each kind of text is read from. */
export const textSelectors: Readonly<Record<PageTextKind, string>> = {
  heading: 'h1, h2, h3, h4, legend, [role="heading"]',
  label: 'label, legend',
  button: 'button, input[type="submit"], input[type="button"], [role="button"], a.button, a.fr-btn',
  link: 'a[href]',
  text: 'p, [role="status"], [role="alert"]',
};

/** True when a person can see the element (it has a box, and is not `visibility: hidden`). */
export function isShown(element: ProbedElement): boolean {
  if (element.getClientRects().length === 0) return false;
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/** The text an element shows: a button `<input>` shows its `value` attribute (markup, not typing). */
function shownText(element: ProbedElement): string {
  if (element.matches('input')) return element.getAttribute('value') ?? '';
  return element.textContent ?? '';
}

/** A probe of the document as it is now (every call reads it again). */
export function documentProbe(doc: ProbedDocument): PageProbe {
  return {
    has(marker) {
      try {
        return Array.from(doc.querySelectorAll(marker)).some(isShown);
      } catch {
        return false; // a marker the browser does not understand matches nothing
      }
    },
    texts(kind) {
      return Array.from(doc.querySelectorAll(textSelectors[kind])).filter(isShown).map(shownText);
    },
  };
}

/** A probe of one field: its markup, and the texts of the labels that name it. */
export function fieldProbe(doc: ProbedDocument, element: ProbedElement): FieldProbe {
  return {
    matches(marker) {
      try {
        return element.matches(marker);
      } catch {
        return false;
      }
    },
    labels() {
      const named = Array.from(element.labels ?? []).map((label) => label.textContent ?? '');
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter((id) => id !== '')
        .map((id) => doc.getElementById(id)?.textContent ?? '');
      const own = element.getAttribute('aria-label');
      return [...named, ...labelledBy, ...(own === null ? [] : [own])];
    },
  };
}

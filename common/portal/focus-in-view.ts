/**
 * Keeps the focused field in view when the portal gets smaller: the kiosk shrinks the portal to
 * make room for the on-screen keyboard and the page companion, and a field that was in view must
 * not end up under them: it comes back to the middle of what is still shown. Runs in the page (the Electron preload, the preview's agent); it reads
 * nothing, it only scrolls the field the visitor is on back into view.
 */

/** The parts of the page's window this needs (a DOM `Window` fits). */
export interface ResizingWindow {
  readonly document: { readonly activeElement: unknown };
  addEventListener(type: 'resize', listener: () => void, options: { readonly passive: boolean }): void;
}

/** A focused form control, as far as scrolling it goes. */
interface ScrollableControl {
  readonly tagName: string;
  scrollIntoView(options: { readonly block: 'center'; readonly inline: 'nearest' }): void;
}

function focusedControl(active: unknown): ScrollableControl | undefined {
  if (typeof active !== 'object' || active === null) return undefined;
  const { tagName, scrollIntoView } = active as Partial<ScrollableControl>;
  return typeof tagName === 'string' && /^(INPUT|TEXTAREA|SELECT)$/i.test(tagName) && typeof scrollIntoView === 'function'
    ? (active as ScrollableControl)
    : undefined;
}

/** After each resize of the page, scrolls its focused field (if any) back into view. */
export function keepFocusedFieldInView(win: ResizingWindow): void {
  win.addEventListener('resize', () => focusedControl(win.document.activeElement)?.scrollIntoView({ block: 'center', inline: 'nearest' }), { passive: true });
}

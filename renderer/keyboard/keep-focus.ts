/**
 * Keeps the portal's field focused while the visitor uses the keyboard: pressing anywhere on the
 * keyboard (a key or a gap between keys) must not move focus out of the field. Pressing a pointer
 * focuses what is under it as the default action of `mousedown`; cancelling `pointerdown` cancels
 * the compatibility mouse events, and cancelling `mousedown` covers browsers that still send it.
 * The context menu of a long press is cancelled too. Keys stay focusable by Tab for switch access.
 */

const cancel = (event: Event): void => {
  event.preventDefault();
};

const cancelled = ['pointerdown', 'mousedown', 'contextmenu'] as const;

/** Svelte attachment: cancels focus changes and the context menu on the element. */
export function keepFocus(element: HTMLElement): () => void {
  for (const type of cancelled) element.addEventListener(type, cancel);
  return () => {
    for (const type of cancelled) element.removeEventListener(type, cancel);
  };
}

import { describe, expect, it } from 'vitest';
import { keepFocusedFieldInView } from './focus-in-view.ts';

function page(activeElement: unknown): { resize: () => void } {
  let listener: (() => void) | undefined;
  keepFocusedFieldInView({ document: { activeElement }, addEventListener: (_type, next) => (listener = next) });
  return { resize: () => listener?.() };
}

describe('keepFocusedFieldInView', () => {
  it('scrolls the focused field back into view when the portal is resized', () => {
    const scrolled: unknown[] = [];
    page({ tagName: 'INPUT', scrollIntoView: (options: unknown) => scrolled.push(options) }).resize();
    expect(scrolled).toEqual([{ block: 'center', inline: 'nearest' }]);
  });

  it('leaves the page where it is when no field has focus', () => {
    const scrolled: unknown[] = [];
    page({ tagName: 'BODY', scrollIntoView: () => scrolled.push('body') }).resize();
    page(null).resize();
    expect(scrolled).toEqual([]);
  });
});

// The attract screen's illustration: decorative, wordless, styled only through the component's
// stylesheet (the page's CSP forbids inline styles) and still only when motion is unwanted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import VisitIllustration from './VisitIllustration.svelte';

let mounted: Record<string, unknown> | undefined;
let target: HTMLElement | undefined;

function render(props: { class?: string } = {}): SVGSVGElement {
  target = document.createElement('div');
  document.body.append(target);
  mounted = mount(VisitIllustration, { target, props });
  flushSync();
  const svg = target.querySelector('svg');
  if (svg === null) throw new Error('no svg rendered');
  return svg;
}

afterEach(() => {
  if (mounted !== undefined) void unmount(mounted);
  target?.remove();
  mounted = undefined;
  target = undefined;
});

/** Every text node under the node, whitespace included. */
function textsOf(node: Node): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) texts.push(text.textContent ?? '');
  return texts;
}

describe('VisitIllustration', () => {
  it('is hidden from assistive technologies and cannot take the focus', () => {
    const svg = render();
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.querySelector('title, desc')).toBeNull();
  });

  it('scales to its container', () => {
    const svg = render();
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.hasAttribute('height')).toBe(false);
  });

  it('holds no words: only digits, dots and whitespace', () => {
    const svg = render();
    for (const text of textsOf(svg)) expect(text).toMatch(/^[\d\s.•]*$/u);
    expect(svg.textContent ?? '').not.toMatch(/\p{L}/u);
  });

  it('has no inline style and no colour outside the stylesheet', () => {
    const svg = render();
    expect(target?.querySelectorAll('[style]')).toHaveLength(0);
    for (const element of [svg, ...svg.querySelectorAll('*')]) {
      for (const attribute of ['fill', 'stroke', 'color', 'stop-color']) {
        expect(element.hasAttribute(attribute), `${element.tagName} ${attribute}`).toBe(false);
      }
    }
  });

  it('forwards the class prop to the svg', () => {
    const svg = render({ class: 'sized-by-parent' });
    expect(svg.classList.contains('sized-by-parent')).toBe(true);
    expect(svg.classList.contains('visit-illustration')).toBe(true);
  });

  it('stays light', () => {
    const svg = render();
    expect(svg.outerHTML.length).toBeLessThan(6 * 1024);
  });

  it('animates only when the visitor has not asked for reduced motion', () => {
    // The test runs from the repository's root (happy-dom gives modules a page address, not a file one).
    const source = readFileSync(path.resolve('renderer/screens/VisitIllustration.svelte'), 'utf8');
    const style = /<style>([\s\S]*)<\/style>/.exec(source)?.[1] ?? '';
    const [outside, ...inside] = style.split('@media (prefers-reduced-motion: no-preference)');
    expect(inside).toHaveLength(1);
    expect(outside).not.toMatch(/animation|@keyframes|transition/);
    expect(inside.join('')).toMatch(/animation:/);
  });
});

// The keyboard's keys as a finger uses them: a tap is `pointerdown`, then (the finger lifted) a
// `click` with `detail` 1 sent to whatever lies under the finger at that moment. Letters act on
// `pointerdown`; « Masquer le clavier » waits for its click, so removing the keyboard cannot send
// the tap's click to the button or page that takes its place.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyboardInput } from '../../common/portal/portal-types.ts';
import OnScreenKeyboard from './OnScreenKeyboard.svelte';

let mounted: Record<string, unknown> | undefined;
let target: HTMLElement | undefined;

interface Rig {
  readonly typed: KeyboardInput[];
  readonly hides: { count: number };
  key(name: string): HTMLButtonElement;
}

function render(): Rig {
  target = document.createElement('div');
  document.body.append(target);
  const typed: KeyboardInput[] = [];
  const hides = { count: 0 };
  mounted = mount(OnScreenKeyboard, {
    target,
    props: { field: 'text', onkey: (input: KeyboardInput) => typed.push(input), onhide: () => (hides.count += 1) },
  });
  flushSync();
  const root = target;
  return {
    typed,
    hides,
    key(name) {
      const found = [...root.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name);
      if (found === undefined) throw new Error(`no key « ${name} »`);
      return found;
    },
  };
}

/** The finger lands on the key: what a touch screen sends first. */
function fingerDown(element: Element): void {
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, button: 0, pointerType: 'touch' }));
  flushSync();
}

/** The finger lifts: the tap's click, sent to the element now under it. */
function fingerUp(element: Element): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
  flushSync();
}

afterEach(() => {
  if (mounted !== undefined) void unmount(mounted);
  target?.remove();
  mounted = undefined;
  target = undefined;
});

describe('OnScreenKeyboard, one tap at a time', () => {
  it('types a letter as soon as the finger lands, and only once for the whole tap', () => {
    const rig = render();
    const a = rig.key('a');
    fingerDown(a);
    expect(rig.typed).toEqual([{ kind: 'text', text: 'a' }]);
    fingerUp(a);
    expect(rig.typed).toHaveLength(1);
  });

  it('hides only when the finger lifts off « Masquer le clavier », once', () => {
    const rig = render();
    const hide = rig.key('Masquer le clavier');
    fingerDown(hide);
    expect(rig.hides.count).toBe(0);
    fingerUp(hide);
    expect(rig.hides.count).toBe(1);
  });

  it('hides on Enter or Space on the focused key, a click that no pointer started (switch access)', () => {
    const rig = render();
    rig.key('Masquer le clavier').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 0 }));
    flushSync();
    expect(rig.hides.count).toBe(1);
  });

  it('keeps the portal field focused: the finger landing on a key or on « Masquer le clavier » is cancelled', () => {
    const rig = render();
    for (const name of ['a', 'Masquer le clavier']) {
      const event = new PointerEvent('pointerdown', { bubbles: true, cancelable: true, button: 0, pointerType: 'touch' });
      rig.key(name).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
  });
});

// The main-world guard as the page's world gets it: a copy of its source with nothing of this
// module, run against a stand-in for the page's globals.
import { describe, expect, it } from 'vitest';
import { guardMainWorld } from './page-guards-main-world.ts';
import type { PortalRefusal } from './portal-types.ts';

class PageElement {
  constructor(readonly tagName: string) {}
  click(): string {
    return `native click ${this.tagName}`;
  }
}
class PageInput extends PageElement {
  constructor(readonly type: string) {
    super('INPUT');
  }
  showPicker(): string {
    return `native picker ${this.type}`;
  }
}

/** A fresh page world, and the guard run in it from its source only. */
function guardedWorld(): { world: Record<string, unknown>; reports: PortalRefusal[]; replaced: unknown } {
  const world: Record<string, unknown> = {
    HTMLElement: PageElement,
    HTMLInputElement: PageInput,
    print: () => 'native print',
    showDirectoryPicker: () => 'native directory picker',
  };
  const reports: PortalRefusal[] = [];
  const inPageWorld = new Function('globalThis', `"use strict"; return (${guardMainWorld.toString()});`) as (
    world: unknown,
  ) => typeof guardMainWorld;
  const replaced = inPageWorld(world)((what) => reports.push(what));
  return { world, reports, replaced };
}

describe('guardMainWorld', () => {
  const { world, reports, replaced } = guardedWorld();

  it('runs from its source alone, and says what it replaced (only what the page has)', () => {
    expect(replaced).toEqual(['print', 'click', 'showPicker', 'showDirectoryPicker']);
  });

  it('turns print, a file input click or picker into reports, and leaves other elements alone', async () => {
    reports.length = 0;
    expect((world.print as () => unknown)()).toBeUndefined();
    expect(new PageInput('file').click()).toBeUndefined();
    expect(new PageInput('file').showPicker()).toBeUndefined();
    await expect((world.showDirectoryPicker as () => Promise<unknown>)()).rejects.toThrow('AbortError');
    expect(new PageInput('submit').click()).toBe('native click INPUT');
    expect(new PageInput('date').showPicker()).toBe('native picker date');
    expect(new PageElement('BUTTON').click()).toBe('native click BUTTON');
    expect(reports).toEqual(['print', 'file-upload', 'file-upload', 'file-upload']);
  });

  it('cannot be undone by the page', () => {
    expect(() => {
      (PageInput.prototype as { showPicker: unknown }).showPicker = () => 'restored';
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(world, 'print', { value: () => 'restored' })).toThrow(TypeError);
    expect(() => delete (PageElement.prototype as { click?: unknown }).click).toThrow(TypeError);
  });
});

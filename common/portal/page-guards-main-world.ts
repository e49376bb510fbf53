/**
 * The part of the page guards that must run in the page's own JavaScript world: a page script
 * calling `window.print()`, `input.click()` or `input.showPicker()` on a file input (even one not
 * in the document, whose click no listener sees), or the File System Access pickers, opens an
 * operating-system dialog without any event the kiosk could cancel. These are replaced, for good
 * (neither writable nor configurable), by functions that only report the refusal.
 *
 * `guardMainWorld` is self-contained: the Electron preload hands it to
 * `contextBridge.executeInMainWorld`, which runs a copy of its source in the page's world, with no
 * access to this module. It must use nothing but its argument and the page's globals.
 */
import type { PortalRefusal } from './portal-types.ts';

/** What the guard calls when it refuses something: the kind only. */
export type MainWorldReport = (what: PortalRefusal) => void;

/** The page's globals the guard replaces or wraps (a browser `window` fits). */
interface MainWorldGlobals {
  readonly HTMLElement?: { readonly prototype: object };
  readonly HTMLInputElement?: { readonly prototype: object };
  readonly EventTarget?: { readonly prototype: object };
  readonly DOMException?: new (message: string, name: string) => unknown;
}

/**
 * Replaces the page's print dialog, file pickers and scripted file-input activations by refusals.
 * Returns the names of what it replaced (for tests and the preload's own check).
 */
export function guardMainWorld(report: MainWorldReport): string[] {
  const world = globalThis as unknown as MainWorldGlobals & Record<string, unknown>;
  const replaced: string[] = [];

  const isFileInput = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null) return false;
    const { tagName, type } = value as { tagName?: unknown; type?: unknown };
    return typeof tagName === 'string' && tagName.toUpperCase() === 'INPUT' && String(type).toLowerCase() === 'file';
  };
  const isFileControl = (value: unknown): boolean => {
    if (isFileInput(value)) return true;
    if (typeof value !== 'object' || value === null) return false;
    const { tagName } = value as { tagName?: unknown };
    return typeof tagName === 'string' && tagName.toUpperCase() === 'LABEL' && isFileInput((value as { control?: unknown }).control);
  };
  const lock = (owner: object, name: string, value: unknown): void => {
    Object.defineProperty(owner, name, { value, writable: false, configurable: false, enumerable: false });
    replaced.push(name);
  };

  lock(world, 'print', function print(): void {
    report('print');
  });

  const element = world.HTMLElement?.prototype as { click?: (this: unknown) => unknown } | undefined;
  const click = element?.click;
  if (element !== undefined && typeof click === 'function') {
    lock(element, 'click', function (this: unknown): unknown {
      if (!isFileControl(this)) return click.call(this);
      report('file-upload');
      return undefined;
    });
  }

  const input = world.HTMLInputElement?.prototype as { showPicker?: (this: unknown) => unknown } | undefined;
  const showPicker = input?.showPicker;
  if (input !== undefined && typeof showPicker === 'function') {
    lock(input, 'showPicker', function (this: unknown): unknown {
      if (!isFileInput(this)) return showPicker.call(this);
      report('file-upload');
      return undefined;
    });
  }

  // A click event a script dispatches on a file input outside the document reaches no listener of
  // the window, yet opens the chooser.
  const target = world.EventTarget?.prototype as { dispatchEvent?: (this: unknown, event: unknown) => boolean } | undefined;
  const dispatchEvent = target?.dispatchEvent;
  if (target !== undefined && typeof dispatchEvent === 'function') {
    lock(target, 'dispatchEvent', function (this: unknown, event: unknown): boolean {
      const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
      if (type === 'click' && isFileControl(this)) {
        report('file-upload');
        return false;
      }
      return dispatchEvent.call(this, event);
    });
  }

  // The File System Access pickers open the same operating-system dialogs as a file input.
  const refusedPicker = (what: PortalRefusal | undefined) =>
    function (): Promise<never> {
      if (what !== undefined) report(what);
      const Refusal = world.DOMException;
      return Promise.reject(Refusal === undefined ? new Error('AbortError') : new Refusal('Not available on this kiosk.', 'AbortError'));
    };
  for (const [name, what] of [
    ['showOpenFilePicker', 'file-upload'],
    ['showDirectoryPicker', 'file-upload'],
    ['showSaveFilePicker', undefined],
  ] as const) {
    if (name in world) lock(world, name, refusedPicker(what));
  }
  return replaced;
}

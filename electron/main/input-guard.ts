import type { WebContents } from 'electron';

/** The parts of a keyboard input event the guard reads (Electron's `Input` fits). */
export interface KeyInputLike {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

const blockedWithModifier = new Set(['r', 'w', 'q', 'p', 'n', 't', 'o', 's', 'u', '+', '=', '-', '0']);
const devtoolsWithShift = new Set(['i', 'j', 'c']);
const blockedAlone = new Set(['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh']);

/**
 * True for the shortcuts a kiosk must swallow: reload, devtools, zoom, print, close, quit,
 * new window, open, save, view source, and Alt+F4 / Alt+arrows (window close and history).
 * Typing keys pass through untouched.
 */
export function isBlockedShortcut(input: KeyInputLike): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (blockedAlone.has(input.key)) return true;
  if (input.alt && (input.key === 'F4' || input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home')) {
    return true;
  }
  if (!input.control && !input.meta) return false;
  const key = input.key.toLowerCase();
  return blockedWithModifier.has(key) || (input.shift && devtoolsWithShift.has(key));
}

/** Swallows blocked shortcuts in a web contents before the page or Chromium sees them. */
export function setupInputGuard(contents: Pick<WebContents, 'on'>): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
}

import type { KeyboardInputEvent } from 'electron';
import type { KeyboardInput } from '../../../common/portal/portal-types.ts';
import type { PortalWebContents } from './portal-view.ts';

type EditingKey = Extract<KeyboardInput, { kind: 'key' }>['key'];

/** Electron accelerator names of the on-screen keyboard's editing keys. */
const acceleratorOf: Readonly<Record<EditingKey, string>> = {
  Backspace: 'Backspace',
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/**
 * The input events one editing key becomes. Each key is pressed and released; Enter also sends
 * the carriage-return character, since Chromium submits a form on that key press (`char`), not on
 * the key down.
 */
export function editingKeyEvents(key: EditingKey): KeyboardInputEvent[] {
  const keyCode = acceleratorOf[key];
  const press: KeyboardInputEvent[] = key === 'Enter' ? [{ type: 'char', keyCode: '\r' }] : [];
  return [{ type: 'keyDown', keyCode }, ...press, { type: 'keyUp', keyCode }];
}

/**
 * Types one on-screen keyboard action into the portal's focused field: characters with
 * `insertText` (accents and capitals arrive as typed, with no key mapping), editing keys with
 * `sendInputEvent`. What is typed is never logged or kept.
 */
export function typeIntoPortal(contents: Pick<PortalWebContents, 'insertText' | 'sendInputEvent'>, input: KeyboardInput): Promise<void> {
  if (input.kind === 'text') return contents.insertText(input.text);
  for (const event of editingKeyEvents(input.key)) contents.sendInputEvent(event);
  return Promise.resolve();
}

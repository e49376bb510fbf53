import { describe, expect, it, vi } from 'vitest';
import { isBlockedShortcut, setupInputGuard, type KeyInputLike } from './input-guard.ts';

const key = (k: string, mods: Partial<KeyInputLike> = {}): KeyInputLike => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('isBlockedShortcut', () => {
  it.each([
    ['Ctrl+R (reload)', key('r', { control: true })],
    ['Ctrl+Shift+R (hard reload)', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['F11 (leave full screen)', key('F11')],
    ['F12 (devtools)', key('F12')],
    ['Ctrl+Shift+I (devtools)', key('I', { control: true, shift: true })],
    ['Cmd+Alt+I style devtools with meta', key('i', { meta: true, shift: true })],
    ['Ctrl+Shift+J (console)', key('J', { control: true, shift: true })],
    ['Ctrl++ (zoom in)', key('+', { control: true })],
    ['Ctrl+- (zoom out)', key('-', { control: true })],
    ['Ctrl+0 (zoom reset)', key('0', { control: true })],
    ['Ctrl+P (print)', key('p', { control: true })],
    ['Ctrl+W (close)', key('w', { control: true })],
    ['Ctrl+Q (quit)', key('q', { control: true })],
    ['Ctrl+N (new window)', key('n', { control: true })],
    ['Alt+F4 (close)', key('F4', { alt: true })],
    ['Alt+Left (history back)', key('ArrowLeft', { alt: true })],
    ['BrowserBack', key('BrowserBack')],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['an accented letter', key('é')],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['an arrow', key('ArrowLeft')],
    ['Ctrl+A (select all in a field)', key('a', { control: true })],
    ['a key release of Ctrl+R', { ...key('r', { control: true }), type: 'keyUp' }],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });
});

describe('setupInputGuard', () => {
  it('prevents the default action of blocked shortcuts only', () => {
    let handler: ((event: { preventDefault(): void }, input: KeyInputLike) => void) | undefined;
    const contents = { on: vi.fn((_name: string, listener: typeof handler) => (handler = listener)) };
    setupInputGuard(contents as never);
    expect(contents.on).toHaveBeenCalledWith('before-input-event', expect.any(Function));
    const blocked = { preventDefault: vi.fn() };
    const allowed = { preventDefault: vi.fn() };
    handler?.(blocked, key('F12'));
    handler?.(allowed, key('a'));
    expect(blocked.preventDefault).toHaveBeenCalledOnce();
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });
});

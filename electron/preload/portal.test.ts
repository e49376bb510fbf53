// The portal preload, loaded with a fake `electron` and a minimal fake page (no Electron runtime,
// no DOM library): what it sends on which channel, and that it exposes nothing to the page.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { portalActivityChannel, portalActivityThrottleMs, portalFocusChannel } from '../../common/portal/portal-channels.ts';

const sent: { channel: string; args: unknown[] }[] = [];
const exposed: string[] = [];

vi.mock('electron', () => ({
  ipcRenderer: {
    send: (channel: string, ...args: unknown[]) => sent.push({ channel, args }),
  },
  contextBridge: {
    exposeInMainWorld: (key: string) => exposed.push(key),
  },
}));

class FakeInput {
  readonly tagName = 'INPUT';
  inputMode = '';
  autocomplete = '';
  readOnly = false;
  disabled = false;
  value = '';
  constructor(
    readonly type: string,
    value = '',
  ) {
    this.value = value;
  }
}
class FakeTextArea {
  readonly tagName = 'TEXTAREA';
}

const page = new EventTarget();
const fakeDocument: { activeElement: unknown } = { activeElement: null };

function focus(element: unknown): void {
  fakeDocument.activeElement = element;
  page.dispatchEvent(new Event('focusin'));
}

function blurAll(): void {
  fakeDocument.activeElement = { tagName: 'BODY' };
  page.dispatchEvent(new Event('focusout'));
  vi.runOnlyPendingTimers();
}

const focusMessages = (): unknown[] => sent.filter((message) => message.channel === portalFocusChannel).map((message) => message.args[0]);
const activityCount = (): number => sent.filter((message) => message.channel === portalActivityChannel).length;

describe('the portal preload', () => {
  beforeAll(async () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', fakeDocument);
    vi.stubGlobal('HTMLInputElement', FakeInput);
    vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
    await import('./portal.ts');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  beforeEach(() => {
    sent.length = 0;
  });

  it('exposes nothing to the page', () => {
    expect(exposed).toEqual([]);
  });

  it("sends the focused field's kind, and only its kind — never its value", () => {
    focus(new FakeInput('tel', '0612345678'));
    focus(new FakeInput('password', 'secret'));
    expect(focusMessages()).toEqual([{ field: 'tel' }, { field: 'password' }]);
    expect(JSON.stringify(sent)).not.toMatch(/0612345678|secret/);
  });

  it('sends nothing when focus moves between fields of the same kind, or to the same field again', () => {
    focus(new FakeInput('text'));
    sent.length = 0;
    focus(new FakeInput('text'));
    const field = new FakeInput('email');
    focus(field);
    focus(field);
    expect(focusMessages()).toEqual([{ field: 'email' }]);
  });

  it('sends null once focus leaves every field, and not while focus moves to the next field', () => {
    focus(new FakeInput('text'));
    sent.length = 0;
    page.dispatchEvent(new Event('focusout'));
    focus(new FakeInput('text'));
    vi.runOnlyPendingTimers();
    expect(focusMessages()).toEqual([]);
    blurAll();
    expect(focusMessages()).toEqual([{ field: null }]);
  });

  it('sends null for a field that takes no text, and when the page is left', () => {
    focus(new FakeInput('tel'));
    focus(new FakeInput('checkbox'));
    focus(new FakeInput('tel'));
    page.dispatchEvent(new Event('pagehide'));
    expect(focusMessages()).toEqual([{ field: 'tel' }, { field: null }, { field: 'tel' }, { field: null }]);
  });

  it('sends throttled activity pings with no payload', () => {
    vi.advanceTimersByTime(portalActivityThrottleMs);
    for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input']) page.dispatchEvent(new Event(type));
    expect(activityCount()).toBe(1);
    vi.advanceTimersByTime(portalActivityThrottleMs - 1);
    page.dispatchEvent(new Event('pointerdown'));
    expect(activityCount()).toBe(1);
    vi.advanceTimersByTime(1);
    page.dispatchEvent(new Event('keydown'));
    expect(activityCount()).toBe(2);
    expect(sent.filter((message) => message.channel === portalActivityChannel).every((message) => message.args.length === 0)).toBe(true);
  });
});

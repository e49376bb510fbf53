// The portal preload, loaded with a fake `electron` and a minimal fake page (no Electron runtime,
// no DOM library): what it sends on which channel, what it refuses, and that it exposes nothing
// to the page. The main-world guard runs as `executeInMainWorld` runs it: a copy of its source,
// cut off from the preload's module, with the page's globals.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { assembleDemoPage } from '../../common/demo-portal/demo-page-assembly.ts';
import { refusalWindowMs } from '../../common/portal/page-guards.ts';
import { pageSettleMs } from '../../common/portal/page-recognition-runtime.ts';
import {
  portalActivityChannel,
  portalActivityThrottleMs,
  portalFocusChannel,
  portalPageChannel,
  portalPageMessageSchema,
  portalRefusedChannel,
} from '../../common/portal/portal-channels.ts';
import { HtmlPage } from '../../common/portal/test-support/html-page.ts';

const sent: { channel: string; args: unknown[] }[] = [];
const exposed: string[] = [];
const executed: { func: unknown; args: unknown[] }[] = [];

/** What the page's own world holds: its globals, with the native behaviours the guard must stop. */
const nativeCalls: string[] = [];

class FakeElement {
  readonly tagName: string;
  constructor(tagName: string) {
    this.tagName = tagName;
  }
  /** Native `click()`: for a file input, the operating system's chooser would open. */
  click(): void {
    nativeCalls.push(`click ${this.tagName}`);
  }
}
class FakeInput extends FakeElement {
  inputMode = '';
  autocomplete = '';
  readOnly = false;
  disabled = false;
  value = '';
  name = '';
  constructor(
    readonly type: string,
    value = '',
  ) {
    super('INPUT');
    this.value = value;
  }
  showPicker(): void {
    nativeCalls.push(`showPicker ${this.type}`);
  }
}
class FakeLabel extends FakeElement {
  constructor(readonly control: unknown) {
    super('LABEL');
  }
}
class FakeEventTarget {
  dispatchEvent(event: { type: string }): boolean {
    nativeCalls.push(`dispatch ${event.type}`);
    return true;
  }
}
class FakeDomException extends Error {
  constructor(
    message: string,
    override readonly name: string,
  ) {
    super(message);
  }
}
const mainWorld: Record<string, unknown> = {
  HTMLElement: FakeElement,
  HTMLInputElement: FakeInput,
  EventTarget: FakeEventTarget,
  DOMException: FakeDomException,
  print: () => nativeCalls.push('print'),
  showOpenFilePicker: () => nativeCalls.push('showOpenFilePicker'),
  showSaveFilePicker: () => nativeCalls.push('showSaveFilePicker'),
};

/** Runs `func` the way Electron does: from its source, in the page's world, with copied arguments. */
function executeInPageWorld(func: unknown, args: readonly unknown[]): unknown {
  if (typeof func !== 'function') throw new Error('executeInMainWorld needs a function');
  const source = Function.prototype.toString.call(func);
  const inPageWorld = new Function('globalThis', `"use strict"; return (${source});`) as (world: unknown) => (...a: unknown[]) => unknown;
  return inPageWorld(mainWorld)(...args);
}

vi.mock('electron', () => ({
  ipcRenderer: {
    send: (channel: string, ...args: unknown[]) => sent.push({ channel, args }),
  },
  contextBridge: {
    exposeInMainWorld: (key: string) => exposed.push(key),
    executeInMainWorld: ({ func, args = [] }: { func: unknown; args?: unknown[] }) => {
      executed.push({ func, args });
      return executeInPageWorld(func, args);
    },
  },
}));

/** A page event as the preload's listeners see it. */
class FakeEvent {
  defaultPrevented = false;
  stopped = false;
  constructor(
    readonly type: string,
    readonly isTrusted: boolean,
    readonly path: readonly unknown[],
    readonly key?: string,
    readonly persisted?: boolean,
  ) {}
  composedPath(): readonly unknown[] {
    return this.path;
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
  stopImmediatePropagation(): void {
    this.stopped = true;
  }
}

interface FireOptions {
  readonly trusted?: boolean;
  readonly path?: readonly unknown[];
  readonly key?: string;
  /** A `pageshow` of a page coming back from the back-forward cache. */
  readonly persisted?: boolean;
}

/** The page's window: listeners in the order they were added (the preload's come first). */
class FakeWindow {
  readonly listeners: { type: string; listener: (event: FakeEvent) => void }[] = [];
  addEventListener(type: string, listener: (event: FakeEvent) => void): void {
    this.listeners.push({ type, listener });
  }
  fire(type: string, { trusted = true, path = [], key, persisted }: FireOptions = {}): FakeEvent {
    const event = new FakeEvent(type, trusted, [...path, this], key, persisted);
    for (const entry of this.listeners) {
      if (entry.type !== type) continue;
      entry.listener(event);
      if (event.stopped) break;
    }
    return event;
  }
}

const page = new FakeWindow();
/** The page's document: its markup (read with a small HTML reader) and the focused element. */
let markup = new HtmlPage('<html><body></body></html>');
const fakeDocument = {
  activeElement: null as unknown,
  get documentElement(): unknown {
    return markup.root;
  },
  querySelectorAll: (selectors: string) => markup.querySelectorAll(selectors),
  getElementById: (id: string) => markup.getElementById(id),
};

/** The page's `MutationObserver`s, as the preload makes them: their callbacks, to run as the page changes. */
const pageChanges: (() => void)[] = [];
class FakeMutationObserver {
  constructor(private readonly callback: () => void) {}
  observe(): void {
    pageChanges.push(this.callback);
  }
}

/** The demo portal pages these tests type into, as they are served (template and page file assembled). */
const servedDemoPages = new Map<string, string>();
for (const file of ['activation.html', 'dates-naissance.html']) {
  const assembly = await assembleDemoPage(file, (name) => readFileSync(new URL(`../../resources/demo-portal/${name}`, import.meta.url), 'utf8'));
  if (assembly.kind === 'page') servedDemoPages.set(file, assembly.html);
}

/** A demo portal page with values in its fields, as if the visitor had typed them. */
function demoPageWithTypedValues(file: string, values: Readonly<Record<string, string>>): HtmlPage {
  let html = servedDemoPages.get(file);
  if (html === undefined) throw new Error(`the demo page ${file} does not assemble`);
  for (const [id, value] of Object.entries(values)) html = html.replace(`<input id="${id}" `, `<input id="${id}" value="${value}" `);
  return new HtmlPage(html);
}

function focus(element: unknown): void {
  fakeDocument.activeElement = element;
  page.fire('focusin', { path: [element] });
}

function blurAll(): void {
  fakeDocument.activeElement = { tagName: 'BODY' };
  page.fire('focusout');
  vi.runOnlyPendingTimers();
}

const messagesOn = (channel: string): unknown[] => sent.filter((message) => message.channel === channel).map((message) => message.args[0]);
const focusMessages = (): unknown[] => messagesOn(portalFocusChannel);
const refusals = (): unknown[] => messagesOn(portalRefusedChannel);
const pageReports = (): unknown[] => messagesOn(portalPageChannel);
const activityCount = (): number => sent.filter((message) => message.channel === portalActivityChannel).length;

describe('the portal preload', () => {
  beforeAll(async () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', fakeDocument);
    vi.stubGlobal('MutationObserver', FakeMutationObserver);
    await import('./portal.ts');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  beforeEach(() => {
    sent.length = 0;
    nativeCalls.length = 0;
    // Each test starts past the flood window of the previous one's refusals.
    vi.advanceTimersByTime(refusalWindowMs);
  });

  it('exposes nothing to the page, and runs only the guard in its world, with a reporter', () => {
    expect(exposed).toEqual([]);
    expect(executed).toHaveLength(1);
    expect(executed[0]?.args).toHaveLength(1);
    expect(typeof executed[0]?.args[0]).toBe('function');
    // Nothing new in the page's globals: only what was there is replaced.
    expect(Object.getOwnPropertyNames(mainWorld).sort()).toEqual(['DOMException', 'EventTarget', 'HTMLElement', 'HTMLInputElement', 'print', 'showOpenFilePicker', 'showSaveFilePicker']);
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
    page.fire('focusout');
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
    page.fire('pagehide');
    expect(focusMessages()).toEqual([{ field: 'tel' }, { field: null }, { field: 'tel' }, { field: null }]);
  });

  it('reports focus inside a frame of another site as out of reach, once, and a field after it as usual', () => {
    focus(new FakeInput('text'));
    sent.length = 0;
    const otherSite = { tagName: 'IFRAME', contentDocument: null };
    // Focus going into a frame blurs the window; no focusin reaches the page.
    fakeDocument.activeElement = otherSite;
    page.fire('blur');
    vi.runOnlyPendingTimers();
    page.fire('focusout');
    vi.runOnlyPendingTimers();
    expect(focusMessages()).toEqual([{ field: null, inFrame: true }]);
    focus(new FakeInput('tel'));
    expect(focusMessages()).toEqual([{ field: null, inFrame: true }, { field: 'tel' }]);
  });

  it("looks into a frame of the page's own site for the focused field", () => {
    focus(new FakeInput('text'));
    sent.length = 0;
    const sameSite = { tagName: 'IFRAME', contentDocument: { activeElement: new FakeInput('email') } };
    focus(sameSite);
    expect(focusMessages()).toEqual([{ field: 'email' }]);
  });

  it('sends throttled activity pings with no payload, for a person’s touches and keys', () => {
    vi.advanceTimersByTime(portalActivityThrottleMs);
    for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input']) page.fire(type);
    expect(activityCount()).toBe(1);
    vi.advanceTimersByTime(portalActivityThrottleMs - 1);
    page.fire('pointerdown');
    expect(activityCount()).toBe(1);
    vi.advanceTimersByTime(1);
    page.fire('keydown');
    expect(activityCount()).toBe(2);
    expect(sent.filter((message) => message.channel === portalActivityChannel).every((message) => message.args.length === 0)).toBe(true);
  });

  it('never counts events a page script dispatches as activity', () => {
    vi.advanceTimersByTime(portalActivityThrottleMs);
    for (let second = 0; second < 10; second += 1) {
      for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input']) page.fire(type, { trusted: false });
      vi.advanceTimersByTime(1_000);
    }
    expect(activityCount()).toBe(0);
    page.fire('touchstart');
    expect(activityCount()).toBe(1);
  });

  it('refuses a tap on a file input, before the page sees it, and reports it with no content', () => {
    const file = Object.assign(new FakeInput('file', 'C:\\fakepath\\avis-imposition.pdf'), { name: 'justificatif' });
    let pageSawIt = false;
    page.addEventListener('click', () => {
      pageSawIt = true;
    });
    const tap = page.fire('click', { path: [file, { tagName: 'FORM' }] });
    expect(tap.defaultPrevented).toBe(true);
    expect(pageSawIt).toBe(false);
    expect(refusals()).toEqual([{ what: 'file-upload' }]);
    expect(sent.every((message) => message.channel === portalRefusedChannel)).toBe(true);
    expect(JSON.stringify(sent)).not.toMatch(/avis|fakepath|justificatif/);
  });

  it('refuses a tap on the label of a file input, or on text inside it, but not on a link inside it', () => {
    const label = new FakeLabel(new FakeInput('file'));
    expect(page.fire('click', { path: [label] }).defaultPrevented).toBe(true);
    expect(page.fire('click', { path: [{ tagName: 'SPAN' }, label] }).defaultPrevented).toBe(true);
    expect(page.fire('click', { path: [{ tagName: 'A', href: 'https://educonnect.education.gouv.fr/aide' }, label] }).defaultPrevented).toBe(false);
    expect(refusals()).toEqual([{ what: 'file-upload' }, { what: 'file-upload' }]);
  });

  it('leaves taps on anything else alone', () => {
    const plain = [new FakeInput('text'), new FakeInput('submit'), new FakeLabel(new FakeInput('text')), { tagName: 'BUTTON' }, { tagName: 'A', href: 'compte.html' }];
    for (const element of plain) expect(page.fire('click', { path: [element] }).defaultPrevented).toBe(false);
    expect(refusals()).toEqual([]);
  });

  it('refuses Enter and Space on a focused file input, and no other key', () => {
    const file = new FakeInput('file');
    expect(page.fire('keydown', { path: [file], key: 'Enter' }).defaultPrevented).toBe(true);
    expect(page.fire('keydown', { path: [file], key: ' ' }).defaultPrevented).toBe(true);
    expect(page.fire('keydown', { path: [file], key: 'Tab' }).defaultPrevented).toBe(false);
    expect(page.fire('keydown', { path: [new FakeInput('text')], key: 'Enter' }).defaultPrevented).toBe(false);
    expect(refusals()).toEqual([{ what: 'file-upload' }, { what: 'file-upload' }]);
  });

  it('refuses a click a page script dispatches on a file input in the page', () => {
    const scripted = page.fire('click', { trusted: false, path: [new FakeInput('file')] });
    expect(scripted.defaultPrevented).toBe(true);
    expect(refusals()).toEqual([{ what: 'file-upload' }]);
  });

  it("refuses a page script's input.click() and showPicker() on a file input, even outside the document", () => {
    const detached = new FakeInput('file');
    detached.click();
    detached.showPicker();
    new FakeLabel(detached).click();
    expect(new FakeEventTarget().dispatchEvent.call(detached, { type: 'click' })).toBe(false);
    expect(nativeCalls).toEqual([]);
    expect(refusals()).toEqual([{ what: 'file-upload' }, { what: 'file-upload' }, { what: 'file-upload' }, { what: 'file-upload' }]);
  });

  it('keeps click(), showPicker() and dispatchEvent() working for everything else', () => {
    new FakeInput('submit').click();
    new FakeInput('date').showPicker();
    new FakeEventTarget().dispatchEvent.call(new FakeInput('file'), { type: 'input' });
    expect(nativeCalls).toEqual(['click INPUT', 'showPicker date', 'dispatch input']);
    expect(refusals()).toEqual([]);
  });

  it('replaces window.print() by a refusal report, and the page cannot put it back', () => {
    const print = mainWorld.print as () => void;
    print();
    expect(nativeCalls).toEqual([]);
    expect(refusals()).toEqual([{ what: 'print' }]);
    expect(() => {
      mainWorld.print = () => nativeCalls.push('print');
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(mainWorld, 'print', { value: () => undefined })).toThrow(TypeError);
  });

  it('refuses the file system pickers: opening is reported, saving only refused', async () => {
    const open = mainWorld.showOpenFilePicker as () => Promise<unknown>;
    const save = mainWorld.showSaveFilePicker as () => Promise<unknown>;
    await expect(open()).rejects.toMatchObject({ name: 'AbortError' });
    await expect(save()).rejects.toMatchObject({ name: 'AbortError' });
    expect(nativeCalls).toEqual([]);
    expect(refusals()).toEqual([{ what: 'file-upload' }]);
  });

  it('says which known page shows once the document is parsed, and which known field has focus: ids only, never a typed value', () => {
    markup = demoPageWithTypedValues('activation.html', { nom: 'Durand', prenom: 'Marie-Hélène', mobile: '0612345678' });
    page.fire('DOMContentLoaded');
    const mobile = markup.one('#mobile');
    fakeDocument.activeElement = mobile;
    page.fire('focusin', { path: [mobile] });
    fakeDocument.activeElement = markup.one('#nom');
    page.fire('focusin', { path: [markup.one('#nom')] });
    expect(pageReports()).toEqual([
      { page: 'activation-identity', field: null },
      { page: 'activation-identity', field: 'mobile' },
      { page: 'activation-identity', field: 'nom' },
    ]);
    for (const report of pageReports()) expect(v.is(portalPageMessageSchema, report)).toBe(true);
    expect(JSON.stringify(sent)).not.toMatch(/Durand|Marie|0612345678|confirme|téléphone/);
  });

  it('looks again once the page has changed itself, and says when a page is left or shown again', () => {
    markup = new HtmlPage('<html><body><h1>Je saisis le code reçu par SMS</h1></body></html>');
    page.fire('DOMContentLoaded');
    markup = demoPageWithTypedValues('dates-naissance.html', { jour: '14', mois: '02', annee: '2009' });
    for (const changed of pageChanges) changed();
    vi.advanceTimersByTime(pageSettleMs);
    page.fire('pagehide');
    page.fire('pageshow', { persisted: true });
    expect(pageReports()).toEqual([
      { page: 'sms-code', field: null },
      { page: 'birth-dates', field: null },
      { page: null, field: null },
      { page: 'birth-dates', field: null },
    ]);
    expect(JSON.stringify(sent)).not.toMatch(/2009|Léa|Hugo/);
  });
});

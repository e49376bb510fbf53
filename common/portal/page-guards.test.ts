import { describe, expect, it } from 'vitest';
import {
  createRefusalReporter,
  focusReport,
  isFileControl,
  isVisitorActivity,
  opensFileChooser,
  refusalBurst,
  refusalWindowMs,
  sameFocus,
  type GuardedEvent,
} from './page-guards.ts';
import type { PortalRefusal } from './portal-types.ts';

const file = { tagName: 'INPUT', type: 'file' };
const text = { tagName: 'input', type: 'text' };

const event = (type: string, path: readonly unknown[], key?: string): GuardedEvent => ({
  type,
  isTrusted: true,
  key,
  composedPath: () => path,
  preventDefault: () => undefined,
  stopImmediatePropagation: () => undefined,
});

describe('isFileControl', () => {
  it.each<[string, unknown, boolean]>([
    ['a file input', file, true],
    ['a file input in lower case markup', { tagName: 'input', type: 'FILE' }, true],
    ['a label of a file input', { tagName: 'LABEL', control: file }, true],
    ['a text input', text, false],
    ['a label of a text input', { tagName: 'LABEL', control: text }, false],
    ['a label with no control', { tagName: 'LABEL', control: null }, false],
    ['the window', { document: {} }, false],
    ['nothing', null, false],
  ])('%s: %s', (_name, value, expected) => {
    expect(isFileControl(value)).toBe(expected);
  });
});

describe('opensFileChooser', () => {
  const label = { tagName: 'LABEL', control: file };

  it('is true for a click on a file input, on its label, or on plain content inside its label', () => {
    expect(opensFileChooser(event('click', [file, { tagName: 'FORM' }]))).toBe(true);
    expect(opensFileChooser(event('click', [label]))).toBe(true);
    expect(opensFileChooser(event('click', [{ tagName: 'SPAN' }, { tagName: 'STRONG' }, label]))).toBe(true);
  });

  it('is false for a click on a link or a button inside the label (they win over the label)', () => {
    expect(opensFileChooser(event('click', [{ tagName: 'A', href: 'aide.html' }, label]))).toBe(false);
    expect(opensFileChooser(event('click', [{ tagName: 'BUTTON' }, label]))).toBe(false);
    // A link with no address is plain text: the label still activates.
    expect(opensFileChooser(event('click', [{ tagName: 'A', href: '' }, label]))).toBe(true);
  });

  it('is true for Enter or Space on a file input only', () => {
    expect(opensFileChooser(event('keydown', [file], 'Enter'))).toBe(true);
    expect(opensFileChooser(event('keydown', [file], ' '))).toBe(true);
    expect(opensFileChooser(event('keydown', [file], 'a'))).toBe(false);
    expect(opensFileChooser(event('keydown', [text], 'Enter'))).toBe(false);
  });

  it('is false for other events, even on a file input', () => {
    expect(opensFileChooser(event('pointerdown', [file]))).toBe(false);
    expect(opensFileChooser(event('input', [file]))).toBe(false);
  });
});

describe('createRefusalReporter', () => {
  it('reports each refusal kind, and drops anything that is no refusal kind', () => {
    const sent: PortalRefusal[] = [];
    const report = createRefusalReporter((what) => sent.push(what), () => 0);
    report('file-upload');
    report('print');
    report('file-upload');
    report('C:\\fakepath\\avis.pdf');
    report({ what: 'print' });
    expect(sent).toEqual(['file-upload', 'print', 'file-upload']);
  });

  it('lets a page looping on print() through only a burst per window, each kind on its own', () => {
    const sent: PortalRefusal[] = [];
    let now = 0;
    const report = createRefusalReporter((what) => sent.push(what), () => now);
    for (let call = 0; call < 1_000; call += 1) report('print');
    report('file-upload');
    expect(sent.filter((what) => what === 'print')).toHaveLength(refusalBurst);
    expect(sent.filter((what) => what === 'file-upload')).toHaveLength(1);
    now += refusalWindowMs - 1;
    report('print');
    expect(sent.filter((what) => what === 'print')).toHaveLength(refusalBurst);
    now += 1;
    report('print');
    expect(sent.filter((what) => what === 'print')).toHaveLength(refusalBurst + 1);
  });
});

describe('isVisitorActivity', () => {
  it('counts only what the browser made from a person', () => {
    expect(isVisitorActivity({ isTrusted: true })).toBe(true);
    expect(isVisitorActivity({ isTrusted: false })).toBe(false);
  });
});

describe('focusReport', () => {
  const tel = { tagName: 'INPUT', type: 'tel', value: '0612345678' };

  it('gives the kind of the focused field, from its markup', () => {
    expect(focusReport(tel, 'descend')).toEqual({ field: 'tel', inFrame: false });
    expect(focusReport({ tagName: 'TEXTAREA' }, 'descend')).toEqual({ field: 'text', inFrame: false });
    expect(focusReport({ tagName: 'INPUT', type: 'text', readOnly: true }, 'descend')).toEqual({ field: null, inFrame: false });
    expect(focusReport({ tagName: 'BODY' }, 'descend')).toEqual({ field: null, inFrame: false });
    expect(focusReport(null, 'descend')).toEqual({ field: null, inFrame: false });
  });

  it("looks into frames of the page's own site, and stops at another site's", () => {
    const sameSite = { tagName: 'IFRAME', contentDocument: { activeElement: tel } };
    const nested = { tagName: 'IFRAME', contentDocument: { activeElement: { tagName: 'FRAME', contentDocument: null } } };
    expect(focusReport(sameSite, 'descend')).toEqual({ field: 'tel', inFrame: false });
    expect(focusReport({ tagName: 'IFRAME', contentDocument: null }, 'descend')).toEqual({ field: null, inFrame: true });
    expect(focusReport(nested, 'descend')).toEqual({ field: null, inFrame: true });
  });

  it('treats every frame as out of reach when asked to', () => {
    const sameSite = { tagName: 'IFRAME', contentDocument: { activeElement: tel } };
    expect(focusReport(sameSite, 'out-of-reach')).toEqual({ field: null, inFrame: true });
  });

  it('gives up on frames nested without end', () => {
    const loop: { tagName: string; contentDocument: { activeElement: unknown } } = { tagName: 'IFRAME', contentDocument: { activeElement: null } };
    loop.contentDocument.activeElement = loop;
    expect(focusReport(loop, 'descend')).toEqual({ field: null, inFrame: true });
  });

  it('compares reports by what the keyboard is told', () => {
    expect(sameFocus(undefined, { field: null, inFrame: false })).toBe(false);
    expect(sameFocus({ field: null, inFrame: false }, { field: null, inFrame: true })).toBe(false);
    expect(sameFocus({ field: 'tel', inFrame: false }, { field: 'tel', inFrame: false })).toBe(true);
  });
});

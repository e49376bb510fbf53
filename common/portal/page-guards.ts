/**
 * What a portal page may not do on the kiosk, and what counts as the visitor's own activity, for
 * both shells: the Electron portal preload and the preview's portal agent. The page is read only
 * through the few element and event properties named below (structural types: `common/` has no
 * DOM library), and nothing read here ever leaves it — a refusal is reported by its kind only.
 *
 * The listeners here stop a person's tap (and any click event a script dispatches on an element in
 * the page); `page-guards-main-world.ts` stops what a page script calls directly.
 */
import { classifyField } from './field-kind.ts';
import { portalRefusals, type FieldKind, type PortalRefusal } from './portal-types.ts';

/** The parts of a DOM element the guards read. An `HTMLElement` fits. */
export interface GuardedElement {
  /** The element's tag name, any case. */
  readonly tagName: string;
  /** An `input`'s type (`file`, `text`…). */
  readonly type?: unknown;
  /** A `label`'s control (the element it activates), or null. */
  readonly control?: unknown;
  /** A link's address: a link is interactive, so a tap on it does not activate its label. */
  readonly href?: unknown;
  /** A frame's document: null when the frame shows another site (or nothing). */
  readonly contentDocument?: { readonly activeElement: unknown } | null;
  /** A field's markup that decides its keyboard (see `classifyField`). */
  readonly inputMode?: unknown;
  readonly autocomplete?: unknown;
  readonly readOnly?: unknown;
  readonly disabled?: unknown;
  /** A field's id and `pattern`: EduConnect's birth-date parts and digits-only fields take digits. */
  readonly id?: unknown;
  readonly pattern?: unknown;
}

/** The parts of a DOM event the guards read and act on. A DOM `Event` fits. */
export interface GuardedEvent {
  readonly type: string;
  /** True only for events the browser made from a person's input. */
  readonly isTrusted: boolean;
  /** A keyboard event's key (`Enter`, `' '`…). */
  readonly key?: unknown;
  composedPath(): readonly unknown[];
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

/** Where the guards listen: a DOM `Window` fits. */
export interface GuardTarget {
  addEventListener(type: string, listener: (event: GuardedEvent) => void, options: { readonly capture: boolean }): void;
}

/** The element behind a value from the page, if it is one. */
function asElement(value: unknown): GuardedElement | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const tagName = (value as { tagName?: unknown }).tagName;
  return typeof tagName === 'string' ? (value as GuardedElement) : undefined;
}

const tagOf = (element: GuardedElement): string => element.tagName.toUpperCase();

/** True for an `<input type=file>` (a `webkitdirectory` one included). */
export function isFileInput(value: unknown): boolean {
  const element = asElement(value);
  return element !== undefined && tagOf(element) === 'INPUT' && String(element.type).toLowerCase() === 'file';
}

/** True for a file input, or a `<label>` whose control is one (tapping it opens the chooser too). */
export function isFileControl(value: unknown): boolean {
  const element = asElement(value);
  if (element === undefined) return false;
  return isFileInput(element) || (tagOf(element) === 'LABEL' && isFileInput(element.control));
}

/** Elements whose own activation wins over their label's: a tap on them never reaches the control. */
function isInteractive(element: GuardedElement): boolean {
  const tag = tagOf(element);
  if (tag === 'A') return typeof element.href === 'string' && element.href !== '';
  return tag === 'BUTTON' || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}

/** The keys that activate a focused file input. */
const activationKeys: ReadonlySet<unknown> = new Set(['Enter', ' ', 'Spacebar']);

/**
 * True when `event` would open the operating system's file chooser: a click on a file input or
 * inside a label of one (unless it lands on a link or another control first), or Enter or Space
 * on a focused file input.
 */
export function opensFileChooser(event: GuardedEvent): boolean {
  const path = event.composedPath();
  if (event.type === 'keydown') return activationKeys.has(event.key) && isFileInput(path[0]);
  if (event.type !== 'click') return false;
  for (const item of path) {
    const element = asElement(item);
    if (element === undefined) continue;
    if (isFileControl(element)) return true;
    if (isInteractive(element)) return false;
  }
  return false;
}

/** At most this many reports of one kind per `refusalWindowMs`: a page looping on `print()` floods nothing. */
export const refusalBurst = 10;

/** The sliding window of `refusalBurst`, in milliseconds. */
export const refusalWindowMs = 10_000;

/**
 * A refusal reporter for `send`: only the kinds in `portalRefusals` pass (whatever crosses from
 * the page's world is checked again), and at most `refusalBurst` of one kind per `refusalWindowMs`
 * (a person never taps that often; a script may).
 */
export function createRefusalReporter(send: (what: PortalRefusal) => void, now: () => number = Date.now): (what: unknown) => void {
  const recent = new Map<PortalRefusal, number[]>();
  return (what) => {
    const refusal = portalRefusals.find((kind) => kind === what);
    if (refusal === undefined) return;
    const at = now();
    const times = (recent.get(refusal) ?? []).filter((time) => at - time < refusalWindowMs);
    if (times.length >= refusalBurst) {
      recent.set(refusal, times);
      return;
    }
    times.push(at);
    recent.set(refusal, times);
    send(refusal);
  };
}

/**
 * Stops every file chooser a tap, a key or a dispatched click would open in the page, in the
 * capture phase of `target` (the window: before any listener of the page), and reports each.
 */
export function installFileChooserGuard(target: GuardTarget, report: (what: PortalRefusal) => void): void {
  const refuse = (event: GuardedEvent): void => {
    if (!opensFileChooser(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    report('file-upload');
  };
  const options = { capture: true };
  target.addEventListener('click', refuse, options);
  target.addEventListener('keydown', refuse, options);
}

/** The kinds of touch and typing that count as the visitor's activity in the portal. */
export const visitorActivityEvents = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input'] as const;

/**
 * True when an event is a person's: the browser made it from a real touch or key. Events a page
 * script dispatches (`isTrusted` false) never keep a visit alive for the next visitor.
 */
export function isVisitorActivity(event: { readonly isTrusted: boolean }): boolean {
  return event.isTrusted;
}

/** What the on-screen keyboard needs to know about the page's focus. */
export interface FocusReport {
  /** The kind of the focused field, or null. */
  readonly field: FieldKind | null;
  /** True when focus is inside a frame the keyboard cannot type into. */
  readonly inFrame: boolean;
}

/**
 * How frames of the page are treated: `descend` looks into frames of the page's own site (their
 * document is reachable) and only other sites' are out of reach; `out-of-reach` treats every frame
 * as out of reach (for a shell that types only into the page's own document).
 */
export type FrameReach = 'descend' | 'out-of-reach';

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The keyboard the focused element needs, from its markup only (never its value). */
function fieldKindOf(element: GuardedElement): FieldKind | null {
  return classifyField({
    tagName: element.tagName,
    type: stringOrUndefined(element.type),
    inputMode: stringOrUndefined(element.inputMode),
    autocomplete: stringOrUndefined(element.autocomplete),
    readOnly: element.readOnly === true,
    disabled: element.disabled === true,
    id: stringOrUndefined(element.id),
    pattern: stringOrUndefined(element.pattern),
  });
}

/** Frames inside frames deeper than this are taken as out of reach. */
const maxFrameDepth = 8;

/** The field kind of the page's focused element (`activeElement`), looking into frames as `reach` says. */
export function focusReport(activeElement: unknown, reach: FrameReach): FocusReport {
  let element = asElement(activeElement);
  for (let depth = 0; element !== undefined; depth += 1) {
    const tag = tagOf(element);
    if (tag !== 'IFRAME' && tag !== 'FRAME') return { field: fieldKindOf(element), inFrame: false };
    const inner = element.contentDocument;
    if (reach === 'out-of-reach' || inner === null || inner === undefined || depth >= maxFrameDepth) return { field: null, inFrame: true };
    element = asElement(inner.activeElement);
  }
  return { field: null, inFrame: false };
}

/** True when two focus reports would tell the keyboard the same. */
export function sameFocus(a: FocusReport | undefined, b: FocusReport): boolean {
  return a !== undefined && a.field === b.field && a.inFrame === b.inFrame;
}

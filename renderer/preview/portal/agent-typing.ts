/**
 * The portal agent's typing: applies one on-screen keyboard action to the focused field of the
 * demo page the way a browser would — `beforeinput` (cancellable) then `input` for text and
 * Backspace, `keydown`/`keyup` around the editing keys, Enter submitting the form, Tab moving to
 * the next control. The field's value is read only to insert at the caret; it goes nowhere.
 */
import { classifyField } from '../../../common/portal/field-kind.ts';
import type { KeyboardInput } from '../../../common/portal/portal-types.ts';
import { deleteBackward, insertText, moveCaret, type EditState } from './caret-edit.ts';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The focused element if it takes typed text (per `classifyField`), else undefined. */
export function focusedTextField(doc: Document): TextField | undefined {
  const element = doc.activeElement;
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return undefined;
  return classifyField(element) === null ? undefined : element;
}

/** `email` and `number` inputs have no selection API: the caret is then taken to be at the end. */
function readState(field: TextField): EditState {
  const { value, selectionStart, selectionEnd } = field;
  if (selectionStart === null || selectionEnd === null) return { value, start: value.length, end: value.length };
  return { value, start: selectionStart, end: selectionEnd };
}

function writeState(field: TextField, state: EditState): void {
  // The prototype's setter, as a browser's own editing does, so that frameworks that wrap `value`
  // on the element still see the change through the `input` event.
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, state.value);
  if (field.selectionStart !== null) field.setSelectionRange(state.start, state.end);
}

/** Fires `beforeinput`; unless cancelled, applies `next` and fires `input`. */
function edit(field: TextField, inputType: string, data: string | null, next: EditState): void {
  const init = { inputType, data, bubbles: true, composed: true };
  if (!field.dispatchEvent(new InputEvent('beforeinput', { ...init, cancelable: true }))) return;
  writeState(field, next);
  field.dispatchEvent(new InputEvent('input', init));
}

function typeText(field: TextField, text: string): void {
  const insertion = insertText(readState(field), text, {
    maxLength: field.maxLength,
    multiline: field instanceof HTMLTextAreaElement,
  });
  if (insertion === undefined) return;
  const lineBreak = insertion.inserted === '\n';
  edit(field, lineBreak ? 'insertLineBreak' : 'insertText', lineBreak ? null : insertion.inserted, insertion.state);
}

const keyCodes: Readonly<Record<string, string>> = {
  Backspace: 'Backspace',
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
};

/** Fires `keydown`; unless cancelled, runs the key's default action; then fires `keyup`. */
function pressKey(doc: Document, target: Element, key: string, action: () => void): void {
  const init = { key, code: keyCodes[key] ?? key, bubbles: true, cancelable: true, composed: true };
  if (target.dispatchEvent(new KeyboardEvent('keydown', init))) action();
  (doc.activeElement ?? target).dispatchEvent(new KeyboardEvent('keyup', init));
}

/** `input` types whose Enter key may submit their form on its own (HTML implicit submission). */
const implicitSubmissionBlockers: ReadonlySet<string> = new Set([
  'text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week', 'time', 'datetime-local', 'number',
]);

function defaultButton(form: HTMLFormElement): HTMLButtonElement | HTMLInputElement | undefined {
  for (const control of Array.from(form.elements)) {
    if (control instanceof HTMLButtonElement && control.type === 'submit') return control;
    if (control instanceof HTMLInputElement && (control.type === 'submit' || control.type === 'image')) return control;
  }
  return undefined;
}

/** Enter in a single-line field: clicks the form's default button, as browsers do. */
function submitImplicitly(field: HTMLInputElement): void {
  const form = field.form;
  if (form === null) return;
  const button = defaultButton(form);
  if (button !== undefined) {
    if (!button.disabled) button.click();
    return;
  }
  const blockers = Array.from(form.elements).filter(
    (control) => control instanceof HTMLInputElement && implicitSubmissionBlockers.has(control.type),
  );
  if (blockers.length <= 1) form.requestSubmit();
}

const focusableSelector = 'a[href], area[href], button, input, select, textarea, iframe, [tabindex], [contenteditable="true"]';

function canTakeFocus(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || element.getClientRects().length === 0) return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  return !('disabled' in element && element.disabled === true);
}

/** Tab: focus moves to the next control of the page, in document order. */
function focusNext(doc: Document, from: Element): void {
  const controls = Array.from(doc.querySelectorAll<HTMLElement>(focusableSelector)).filter(canTakeFocus);
  controls[controls.indexOf(from as HTMLElement) + 1]?.focus();
}

/** Applies one keyboard action to the page's focused text field; does nothing when none has focus. */
export function applyKeyboardInput(doc: Document, input: KeyboardInput): void {
  const field = focusedTextField(doc);
  if (field === undefined) return;
  if (input.kind === 'text') {
    typeText(field, input.text);
    return;
  }
  switch (input.key) {
    case 'Backspace':
      pressKey(doc, field, input.key, () => {
        const next = deleteBackward(readState(field));
        if (next !== undefined) edit(field, 'deleteContentBackward', null, next);
      });
      return;
    case 'Enter':
      pressKey(doc, field, input.key, () => {
        if (field instanceof HTMLTextAreaElement) typeText(field, '\n');
        else submitImplicitly(field);
      });
      return;
    case 'Tab':
      pressKey(doc, field, input.key, () => focusNext(doc, field));
      return;
    case 'ArrowLeft':
    case 'ArrowRight':
      pressKey(doc, field, input.key, () => {
        if (field.selectionStart === null) return;
        const next = moveCaret(readState(field), input.key === 'ArrowLeft' ? 'left' : 'right');
        field.setSelectionRange(next.start, next.end);
      });
      return;
  }
}

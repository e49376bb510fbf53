/**
 * The hidden way into staff mode: a press held 3 seconds on an element marked `data-staff-entry`
 * (the school's name on the attract screen). Nothing shows while the finger is down, and a shorter
 * press is an ordinary tap. The press is located by position, so the marked element may sit under
 * the attract screen's full-screen start button; the click that follows a long press is swallowed,
 * so it does not also start a visit.
 */
import type { Schedule } from '../../common/staff/staff-gate.ts';

/** How long the press must be held, in ms. */
export const staffGestureHoldMs = 3_000;

/** How far the finger may drift during the press, in CSS pixels. */
export const staffGestureSlopPx = 24;

/** The attribute marking where the gesture may start. */
export const staffEntryAttribute = 'data-staff-entry';

/** What the long-press tracker needs. */
export interface LongPressOptions {
  readonly schedule: Schedule;
  readonly onLongPress: () => void;
  readonly holdMs?: number;
  readonly slopPx?: number;
}

/** A press in progress. */
interface Press {
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  fired: boolean;
  cancel: () => void;
}

/**
 * Tracks one press at a time: `down` on the marked element starts the wait, moving away, lifting
 * or a second finger stops it; after the hold time `onLongPress` runs once.
 */
export class LongPress {
  #press: Press | undefined;
  readonly #options: LongPressOptions;

  constructor(options: LongPressOptions) {
    this.#options = options;
  }

  /** True while a press on the marked element is held. */
  get pressing(): boolean {
    return this.#press !== undefined;
  }

  /** A finger went down at (x, y); `onTarget` when it is on the marked element. */
  down(pointerId: number, x: number, y: number, onTarget: boolean): void {
    if (this.#press !== undefined) {
      // A second finger: not the gesture.
      this.cancel();
      return;
    }
    if (!onTarget) return;
    const press: Press = { pointerId, x, y, fired: false, cancel: () => undefined };
    press.cancel = this.#options.schedule(() => {
      press.fired = true;
      this.#options.onLongPress();
    }, this.#options.holdMs ?? staffGestureHoldMs);
    this.#press = press;
  }

  /** The finger moved; too far away stops the press. */
  move(pointerId: number, x: number, y: number): void {
    const press = this.#press;
    if (press === undefined || press.pointerId !== pointerId || press.fired) return;
    if (Math.hypot(x - press.x, y - press.y) > (this.#options.slopPx ?? staffGestureSlopPx)) this.cancel();
  }

  /** The finger lifted; true when the press had become a long press (its click must be swallowed). */
  up(pointerId: number): boolean {
    const press = this.#press;
    if (press === undefined || press.pointerId !== pointerId) return false;
    this.cancel();
    return press.fired;
  }

  /** Stops any press in progress. */
  cancel(): void {
    this.#press?.cancel();
    this.#press = undefined;
  }
}

/** True when (x, y) falls on an element marked with `staffEntryAttribute` in `root`. */
export function onStaffEntry(root: ParentNode, x: number, y: number): boolean {
  for (const element of root.querySelectorAll(`[${staffEntryAttribute}]`)) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/** What the gesture watcher needs. */
export interface StaffGestureOptions {
  /** False while the gesture must not work (a visitor is using the guide in public mode). */
  readonly enabled: () => boolean;
  readonly onLongPress: () => void;
  readonly holdMs?: number;
}

/** Watches the whole window for the gesture; returns the function that stops watching. */
export function watchStaffGesture(target: Window, options: StaffGestureOptions): () => void {
  let swallowClick = false;
  const press = new LongPress({
    holdMs: options.holdMs ?? staffGestureHoldMs,
    schedule: (callback, ms) => {
      const timer = target.setTimeout(callback, ms);
      return () => target.clearTimeout(timer);
    },
    onLongPress: () => {
      swallowClick = true;
      options.onLongPress();
    },
  });
  const onDown = (event: PointerEvent): void => {
    swallowClick = false;
    if (!event.isPrimary && !press.pressing) return;
    press.down(event.pointerId, event.clientX, event.clientY, options.enabled() && onStaffEntry(target.document, event.clientX, event.clientY));
  };
  const onMove = (event: PointerEvent): void => press.move(event.pointerId, event.clientX, event.clientY);
  const onUp = (event: PointerEvent): void => {
    if (press.up(event.pointerId)) swallowClick = true;
  };
  const onCancel = (): void => press.cancel();
  const onClick = (event: MouseEvent): void => {
    if (!swallowClick) return;
    swallowClick = false;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // A long touch would otherwise open the context menu on some systems.
  const onContextMenu = (event: Event): void => {
    if (press.pressing) event.preventDefault();
  };
  const capture = { capture: true } as const;
  target.addEventListener('pointerdown', onDown, capture);
  target.addEventListener('pointermove', onMove, capture);
  target.addEventListener('pointerup', onUp, capture);
  target.addEventListener('pointercancel', onCancel, capture);
  target.addEventListener('click', onClick, capture);
  target.addEventListener('contextmenu', onContextMenu, capture);
  return () => {
    press.cancel();
    target.removeEventListener('pointerdown', onDown, capture);
    target.removeEventListener('pointermove', onMove, capture);
    target.removeEventListener('pointerup', onUp, capture);
    target.removeEventListener('pointercancel', onCancel, capture);
    target.removeEventListener('click', onClick, capture);
    target.removeEventListener('contextmenu', onContextMenu, capture);
  };
}

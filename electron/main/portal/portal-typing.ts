import type { KeyboardInput } from '../../../common/portal/portal-types.ts';
import type { Logger } from '../log.ts';
import { typeIntoPortal } from './portal-keyboard.ts';
import type { PortalTimers, PortalWebContents } from './portal-view.ts';
import { timeBox } from './time-box.ts';

/** The members of the portal's web contents typing uses. */
export type TypedContents = Pick<PortalWebContents, 'insertText' | 'sendInputEvent' | 'executeJavaScriptInIsolatedWorld' | 'focus' | 'isFocused' | 'isDestroyed'>;

/** An isolated world of the kiosk's own, where the page's scripts cannot replace what runs. */
const settleWorldId = 1_001;

/**
 * Resolves once the page has had a frame and a task to handle what was sent before: input events
 * reach the page through the input pipeline, not in order with `insertText`, and they are handled
 * at the start of a frame, before its animation callbacks. Run in an isolated world, so a page that
 * replaced its own `requestAnimationFrame` cannot hold the queue.
 */
const settleScript = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))';

/** How long one action may take before the next goes anyway (a hung page must not hold the keyboard). */
export const typingStepMs = 500;

/**
 * The portal's typing queue: each on-screen keyboard action is delivered only once the one before it
 * was handled, so a digit followed at once by «Effacer» cannot arrive in the wrong order.
 * Characters go with `insertText` (awaited), editing keys with `sendInputEvent` followed by a settle
 * in an isolated world. The portal view gets the keyboard focus back before each action: a tap on
 * the kiosk's own keyboard focuses the host window. Nothing typed is logged or kept.
 */
export class PortalTypingQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly timers: PortalTimers,
    private readonly log: Logger,
  ) {}

  /** Queues one action for `contents`; resolves once it was delivered (or given up on). */
  type(contents: TypedContents, input: KeyboardInput): Promise<void> {
    const next = this.tail.then(() => this.deliver(contents, input));
    this.tail = next;
    return next;
  }

  /** Resolves once every action queued so far was delivered or given up on. */
  settled(): Promise<void> {
    return this.tail;
  }

  private async deliver(contents: TypedContents, input: KeyboardInput): Promise<void> {
    if (contents.isDestroyed()) return;
    if (!contents.isFocused()) contents.focus();
    const outcome = await timeBox(
      async () => {
        await typeIntoPortal(contents, input);
        if (input.kind === 'key') await contents.executeJavaScriptInIsolatedWorld(settleWorldId, [{ code: settleScript }]);
      },
      typingStepMs,
      this.timers,
    );
    if (outcome !== 'done') this.log.warn(`portal: a keyboard input was not delivered (${outcome})`);
  }
}

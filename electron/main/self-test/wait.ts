/**
 * Waiting in the self-test: polling a condition against the self-test clock, stopping as soon as
 * the check has run out of time (its signal is aborted).
 */
import type { SelfTestClock } from './self-test-kiosk.ts';

/** Thrown inside a check whose time is up, so it stops acting on the kiosk. */
export class SelfTestAborted extends Error {
  override readonly name = 'SelfTestAborted';

  constructor() {
    super('délai dépassé');
  }
}

/** Throws `SelfTestAborted` when `signal` is aborted. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new SelfTestAborted();
}

/** Waits `ms`, then throws if the check's time ran out meanwhile. */
export async function pause(clock: SelfTestClock, ms: number, signal: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  await clock.sleep(ms);
  throwIfAborted(signal);
}

/** How `waitFor` polls. */
export interface WaitOptions {
  readonly clock: SelfTestClock;
  readonly signal: AbortSignal;
  /** Give up after this long (the result is then undefined). */
  readonly timeoutMs: number;
  /** Time between two looks; 100 ms unless told. */
  readonly intervalMs?: number;
}

/**
 * Polls `probe` until it gives something other than undefined (or false), and returns it; returns
 * undefined when `timeoutMs` has passed. A probe that throws counts as "not yet" (a page being
 * reloaded cannot answer).
 */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, options: WaitOptions): Promise<T | undefined> {
  const { clock, signal, timeoutMs } = options;
  const interval = options.intervalMs ?? 100;
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    throwIfAborted(signal);
    let value: T | undefined | false;
    try {
      value = await probe();
    } catch {
      value = undefined;
    }
    if (value !== undefined && value !== false) return value;
    if (clock.now() >= deadline) return undefined;
    await pause(clock, Math.min(interval, Math.max(0, deadline - clock.now())), signal);
  }
}

/** Resolves with the promise's value, or undefined when it has not settled within `ms` (a rejection gives undefined too). */
export async function within<T>(promise: Promise<T>, ms: number, clock: SelfTestClock): Promise<{ readonly value: T } | undefined> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ value }),
        () => undefined,
      ),
      clock.sleep(ms, timer.signal).then(() => undefined),
    ]);
  } finally {
    timer.abort();
  }
}

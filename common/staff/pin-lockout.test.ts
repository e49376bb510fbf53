import { describe, expect, it } from 'vitest';
import {
  initialPinLockout,
  lockSecondsLeft,
  maxPinFailures,
  pinGate,
  pinLockoutMs,
  recordPinOutcome,
  type PinLockoutState,
} from './pin-lockout.ts';

/** A fake clock and a pad whose PIN is `1234`; `verify` counts the PINs actually checked. */
function pad() {
  let state: PinLockoutState = initialPinLockout;
  let now = 10_000;
  let checked = 0;
  return {
    get state() {
      return state;
    },
    get checked() {
      return checked;
    },
    advance(ms: number) {
      now += ms;
    },
    now: () => now,
    attempt(pin: string): 'accepted' | 'rejected' | 'locked' {
      const gate = pinGate(state, now);
      if (!gate.open) return 'locked';
      checked += 1;
      const correct = pin === '1234';
      state = recordPinOutcome(state, correct, now);
      return correct ? 'accepted' : 'rejected';
    },
  };
}

describe('the PIN lock-out', () => {
  it('accepts the right PIN at once', () => {
    const p = pad();
    expect(p.attempt('1234')).toBe('accepted');
    expect(p.state).toEqual(initialPinLockout);
  });

  it('counts down the attempts left', () => {
    const p = pad();
    expect(pinGate(p.state, p.now())).toEqual({ open: true, attemptsLeft: 5 });
    p.attempt('0000');
    p.attempt('0000');
    expect(pinGate(p.state, p.now())).toEqual({ open: true, attemptsLeft: 3 });
  });

  it('locks after five wrong PINs and refuses even the right one without checking it', () => {
    const p = pad();
    for (let i = 0; i < maxPinFailures; i += 1) expect(p.attempt('9999')).toBe('rejected');
    expect(p.checked).toBe(5);
    expect(p.attempt('1234')).toBe('locked');
    expect(p.attempt('0000')).toBe('locked');
    expect(p.checked).toBe(5);
    expect(pinGate(p.state, p.now())).toEqual({ open: false, lockedUntil: p.now() + pinLockoutMs });
    expect(lockSecondsLeft(p.state, p.now())).toBe(300);
  });

  it('stays locked until exactly five minutes have passed, then gives five fresh attempts', () => {
    const p = pad();
    for (let i = 0; i < maxPinFailures; i += 1) p.attempt('9999');
    p.advance(pinLockoutMs - 1);
    expect(lockSecondsLeft(p.state, p.now())).toBe(1);
    expect(p.attempt('1234')).toBe('locked');
    p.advance(1);
    expect(lockSecondsLeft(p.state, p.now())).toBe(0);
    expect(pinGate(p.state, p.now())).toEqual({ open: true, attemptsLeft: 5 });
    expect(p.attempt('9999')).toBe('rejected');
    expect(p.state).toEqual({ failures: 1, lockedUntil: undefined });
  });

  it('locks again after five more wrong PINs once a lock has ended', () => {
    const p = pad();
    for (let i = 0; i < maxPinFailures; i += 1) p.attempt('9999');
    p.advance(pinLockoutMs);
    for (let i = 0; i < maxPinFailures - 1; i += 1) expect(p.attempt('9999')).toBe('rejected');
    expect(p.attempt('9999')).toBe('rejected');
    expect(p.attempt('1234')).toBe('locked');
  });

  it('resets the count on a right PIN, so four wrong ones, a right one, and four more never lock', () => {
    const p = pad();
    for (let i = 0; i < maxPinFailures - 1; i += 1) p.attempt('9999');
    expect(p.attempt('1234')).toBe('accepted');
    for (let i = 0; i < maxPinFailures - 1; i += 1) expect(p.attempt('9999')).toBe('rejected');
    expect(pinGate(p.state, p.now())).toEqual({ open: true, attemptsLeft: 1 });
  });

  it('ignores an outcome recorded while locked', () => {
    const locked: PinLockoutState = { failures: 5, lockedUntil: 50_000 };
    expect(recordPinOutcome(locked, true, 49_999)).toBe(locked);
    expect(recordPinOutcome(locked, false, 49_999)).toBe(locked);
  });
});

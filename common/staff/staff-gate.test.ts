import { describe, expect, it } from 'vitest';
import { BridgeRefusal } from '../bridge/result.ts';
import { createStaffGate, type StaffCloseReason } from './staff-gate.ts';
import { staffIdleCloseMs } from './staff-session.ts';

/** A fake clock whose timers run when the test advances it. */
function fakeTime() {
  let now = 1_000;
  let timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
  return {
    now: () => now,
    schedule: (callback: () => void, ms: number) => {
      const timer = { at: now + ms, callback, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    advance(ms: number) {
      now += ms;
      const due = timers.filter((timer) => !timer.cancelled && timer.at <= now);
      timers = timers.filter((timer) => !due.includes(timer));
      for (const timer of due) timer.callback();
    },
    get pending() {
      return timers.filter((timer) => !timer.cancelled).length;
    },
  };
}

function setup() {
  const time = fakeTime();
  const closed: StaffCloseReason[] = [];
  const gate = createStaffGate({ now: time.now, schedule: time.schedule, onClosed: (reason) => closed.push(reason) });
  return { time, closed, gate };
}

describe('the staff gate', () => {
  it('refuses every staff call until a right PIN opens it', () => {
    const { gate } = setup();
    expect(() => gate.enter()).toThrow(BridgeRefusal);
    try {
      gate.enter();
    } catch (error) {
      expect(error).toMatchObject({ code: 'staff-session-closed' });
    }
    gate.open();
    expect(() => gate.enter()).not.toThrow();
    expect(gate.isOpen()).toBe(true);
  });

  it('closes by itself two minutes after the last staff call, and says so once', () => {
    const { time, closed, gate } = setup();
    gate.open();
    time.advance(staffIdleCloseMs - 1);
    gate.enter();
    time.advance(staffIdleCloseMs - 1);
    expect(gate.isOpen()).toBe(true);
    expect(closed).toEqual([]);
    time.advance(1);
    expect(closed).toEqual(['idle']);
    expect(gate.isOpen()).toBe(false);
    expect(() => gate.enter()).toThrow(BridgeRefusal);
    expect(time.pending).toBe(0);
  });

  it('closes when staff leave, without a timer left behind', () => {
    const { time, closed, gate } = setup();
    gate.open();
    gate.leave();
    expect(closed).toEqual(['left']);
    expect(time.pending).toBe(0);
    expect(() => gate.enter()).toThrow(BridgeRefusal);
  });

  it('refuses a call that comes after the deadline even if the timer has not fired yet (a machine that slept)', () => {
    const { time, closed, gate } = setup();
    gate.open();
    gate.dispose();
    time.advance(staffIdleCloseMs);
    expect(() => gate.enter()).toThrow(BridgeRefusal);
    expect(closed).toEqual(['idle']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countdownSecondsLeft,
  endingWatchdogMs,
  idleTimeoutMs,
  initialVisitorState,
  isFinalWarning,
  isVisitInProgress,
  nextVisitorWakeUp,
  reduceVisitor,
  showsAttractLoop,
  staffIdleFactor,
  thankYouMs,
  visitorDeadline,
  type VisitorEvent,
  type VisitorSettings,
  type VisitorState,
} from './visitor-lifecycle.ts';

const publicSettings: VisitorSettings = {
  timeouts: { idleSeconds: 90, portalIdleSeconds: 300, recapIdleSeconds: 60, countdownSeconds: 20, maxVisitSeconds: 1200 },
  mode: 'public',
};
const staffSettings: VisitorSettings = { ...publicSettings, mode: 'staff' };

/** A fake clock: the machine plus the time, advanced by hand. */
class Harness {
  now = 1_000;
  state: VisitorState;
  constructor(settings: VisitorSettings = publicSettings) {
    this.state = initialVisitorState(settings);
  }
  /** Advances the clock and delivers the tick a one-timer host would. */
  advance(ms: number): this {
    this.now += ms;
    return this.send({ type: 'tick', at: this.now });
  }
  send(event: VisitorEvent): this {
    this.state = reduceVisitor(this.state, event);
    return this;
  }
  start(): this {
    return this.send({ type: 'start', at: this.now });
  }
  touch(): this {
    return this.send({ type: 'activity', at: this.now });
  }
}

describe('the visitor lifecycle', () => {
  it('waits until the start tap, then is active on a guide screen', () => {
    const h = new Harness();
    expect(h.state.phase).toBe('waiting');
    expect(h.advance(3_600_000).state.phase).toBe('waiting');
    h.start();
    expect(h.state).toMatchObject({ phase: 'active', screen: 'guide', lastActivityAt: h.now });
    expect(isVisitInProgress(h.state)).toBe(true);
  });

  it('ignores activity while waiting: only the start tap begins a visit', () => {
    const h = new Harness();
    const before = h.state;
    expect(h.touch().state).toBe(before);
  });

  it('shows the countdown after the guide idle timeout, not a millisecond before', () => {
    const h = new Harness().start();
    h.advance(90_000 - 1);
    expect(h.state.phase).toBe('active');
    h.advance(1);
    expect(h.state).toMatchObject({ phase: 'warning', screen: 'guide', countdownEndsAt: h.now + 20_000 });
    expect(countdownSecondsLeft(h.state, h.now)).toBe(20);
  });

  it('counts idle time from the last activity', () => {
    const h = new Harness().start();
    h.advance(80_000).touch();
    h.advance(80_000);
    expect(h.state.phase).toBe('active');
    h.advance(10_000);
    expect(h.state.phase).toBe('warning');
  });

  it('uses the portal and recap timeouts on those screens', () => {
    const h = new Harness().start().send({ type: 'screen', screen: 'portal', at: 1_000 });
    h.advance(299_999);
    expect(h.state.phase).toBe('active');
    h.advance(1);
    expect(h.state.phase).toBe('warning');

    const r = new Harness().start().send({ type: 'screen', screen: 'recap', at: 1_000 });
    r.advance(59_999);
    expect(r.state.phase).toBe('active');
    r.advance(1);
    expect(r.state.phase).toBe('warning');
  });

  it('ends the visit when the countdown runs out, and counts the seconds down on the way', () => {
    const h = new Harness().start().advance(90_000);
    const endsAt = h.now + 20_000;
    expect(countdownSecondsLeft(h.state, h.now + 1)).toBe(20);
    expect(countdownSecondsLeft(h.state, h.now + 1_000)).toBe(19);
    expect(countdownSecondsLeft(h.state, endsAt - 1)).toBe(1);
    h.advance(19_999);
    expect(h.state.phase).toBe('warning');
    h.advance(1);
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'idle', startedAt: endsAt, overdue: false });
    expect(countdownSecondsLeft(h.state, h.now)).toBeUndefined();
    expect(isVisitInProgress(h.state)).toBe(false);
  });

  it('cancels the countdown on activity ("Je suis encore là") and starts the idle time afresh', () => {
    const h = new Harness().start().advance(90_000).advance(15_000);
    expect(h.state.phase).toBe('warning');
    h.touch();
    expect(h.state).toMatchObject({ phase: 'active', screen: 'guide', lastActivityAt: h.now });
    h.advance(20_000);
    expect(h.state.phase).toBe('active');
    h.advance(70_000);
    expect(h.state.phase).toBe('warning');
    expect(countdownSecondsLeft(h.state, h.now)).toBe(20);
  });

  it('returns to active on a screen change during the countdown, with that screen', () => {
    const h = new Harness().start().advance(90_000);
    h.send({ type: 'screen', screen: 'recap', at: h.now });
    expect(h.state).toMatchObject({ phase: 'active', screen: 'recap', lastActivityAt: h.now });
  });

  it('gives the whole countdown even when the idle tick comes late', () => {
    const h = new Harness().start().advance(500_000);
    expect(h.state).toMatchObject({ phase: 'warning', countdownEndsAt: h.now + 20_000 });
  });

  it('ends on "Terminer" and ends once when it is requested twice', () => {
    const h = new Harness().start().advance(5_000);
    h.send({ type: 'end-requested', at: h.now });
    const ending = h.state;
    expect(ending).toMatchObject({ phase: 'ending', reason: 'visitor', startedAt: h.now });
    h.now += 300;
    h.send({ type: 'end-requested', at: h.now });
    expect(h.state).toBe(ending);
  });

  it('ends on "Terminer" during the countdown', () => {
    const h = new Harness().start().advance(90_000);
    h.send({ type: 'end-requested', at: h.now });
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'visitor' });
  });

  it('ends when staff end the visit, from active or from the countdown, and not when nobody is there', () => {
    const h = new Harness().start();
    h.send({ type: 'staff-end', at: h.now });
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'staff' });

    const w = new Harness().start().advance(90_000);
    w.send({ type: 'staff-end', at: w.now });
    expect(w.state).toMatchObject({ phase: 'ending', reason: 'staff' });

    const idle = new Harness();
    const waiting = idle.state;
    expect(idle.send({ type: 'staff-end', at: idle.now }).state).toBe(waiting);
  });

  it('ends the visit when the renderer crashes while active or during the countdown', () => {
    const h = new Harness().start();
    h.send({ type: 'renderer-crashed', at: h.now });
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'crash' });

    const w = new Harness().start().advance(90_000);
    w.send({ type: 'renderer-crashed', at: w.now });
    expect(w.state).toMatchObject({ phase: 'ending', reason: 'crash' });
  });

  it('ignores a renderer crash while waiting', () => {
    const h = new Harness();
    const waiting = h.state;
    expect(h.send({ type: 'renderer-crashed', at: h.now }).state).toBe(waiting);
  });

  it('ignores activity, screens, start and further ends while ending', () => {
    const h = new Harness().start();
    h.send({ type: 'end-requested', at: h.now });
    const ending = h.state;
    h.now += 100;
    for (const event of [
      { type: 'activity', at: h.now },
      { type: 'screen', screen: 'portal', at: h.now },
      { type: 'start', at: h.now },
      { type: 'staff-end', at: h.now },
      { type: 'renderer-crashed', at: h.now },
    ] satisfies VisitorEvent[]) {
      expect(reduceVisitor(ending, event)).toBe(ending);
    }
  });

  it('shows the thank-you once ending completes, then waits for the next visitor', () => {
    const h = new Harness().start();
    h.send({ type: 'end-requested', at: h.now });
    h.now += 250;
    h.send({ type: 'ending-completed', at: h.now });
    expect(h.state).toMatchObject({ phase: 'thanks', reason: 'visitor', endsAt: h.now + thankYouMs });
    h.touch();
    expect(h.state.phase).toBe('thanks');
    h.advance(thankYouMs - 1);
    expect(h.state.phase).toBe('thanks');
    h.advance(1);
    expect(h.state).toEqual({ settings: publicSettings, phase: 'waiting' });
  });

  it('ignores "ending completed" outside ending', () => {
    const h = new Harness().start();
    const active = h.state;
    expect(h.send({ type: 'ending-completed', at: h.now }).state).toBe(active);
  });

  it('flags an ending that takes longer than the watchdog as overdue, once, and still completes it', () => {
    const h = new Harness().start();
    h.send({ type: 'end-requested', at: h.now });
    h.advance(endingWatchdogMs - 1);
    expect(h.state).toMatchObject({ phase: 'ending', overdue: false });
    h.advance(1);
    expect(h.state).toMatchObject({ phase: 'ending', overdue: true });
    expect(visitorDeadline(h.state)).toBeUndefined();
    const overdue = h.state;
    expect(h.advance(60_000).state).toBe(overdue);
    h.send({ type: 'ending-completed', at: h.now });
    expect(h.state.phase).toBe('thanks');
  });

  it('runs the whole cycle waiting → active → warning → ending → thanks → waiting, twice', () => {
    const h = new Harness();
    const phases: string[] = [];
    for (let visit = 0; visit < 2; visit += 1) {
      h.start();
      phases.push(h.state.phase);
      h.advance(90_000);
      phases.push(h.state.phase);
      h.advance(20_000);
      phases.push(h.state.phase);
      h.send({ type: 'ending-completed', at: h.now });
      phases.push(h.state.phase);
      h.advance(thankYouMs);
      phases.push(h.state.phase);
    }
    expect(phases).toEqual(['active', 'warning', 'ending', 'thanks', 'waiting', 'active', 'warning', 'ending', 'thanks', 'waiting']);
  });

  it('ignores activity reported out of order', () => {
    const h = new Harness().start().advance(10_000).touch();
    const active = h.state;
    expect(h.send({ type: 'activity', at: h.now - 5_000 }).state).toBe(active);
  });
});

describe('the longest visit (the shell’s time limit)', () => {
  const limit = (h: Harness, secondsLeft: number): Harness => h.send({ type: 'time-limit', secondsLeft, at: h.now });

  it('shows the final countdown, which no activity, screen change or "Je suis encore là" cancels', () => {
    const h = new Harness().start().advance(30_000);
    limit(h, 20);
    const final = h.state;
    expect(final).toMatchObject({ phase: 'warning', final: true, screen: 'guide', countdownEndsAt: h.now + 20_000 });
    expect(isFinalWarning(final)).toBe(true);
    expect(countdownSecondsLeft(final, h.now)).toBe(20);
    h.now += 5_000;
    h.touch();
    h.send({ type: 'screen', screen: 'recap', at: h.now });
    expect(h.state).toBe(final);
  });

  it('ends the visit, for the time limit, when the final countdown runs out', () => {
    const h = new Harness().start();
    limit(h, 20);
    h.advance(19_999);
    expect(h.state.phase).toBe('warning');
    h.advance(1);
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'time-limit', startedAt: h.now });
  });

  it('ends the visit at once when the shell says the limit is reached, from active, idle warning or final warning', () => {
    const active = limit(new Harness().start(), 0);
    expect(active.state).toMatchObject({ phase: 'ending', reason: 'time-limit' });
    const idle = limit(new Harness().start().advance(90_000), 0);
    expect(idle.state).toMatchObject({ phase: 'ending', reason: 'time-limit' });
    const final = limit(limit(new Harness().start(), 20).advance(3_000), 0);
    expect(final.state).toMatchObject({ phase: 'ending', reason: 'time-limit' });
  });

  it('replaces the idle countdown by the final one', () => {
    const h = new Harness().start().advance(90_000).advance(10_000);
    expect(h.state).toMatchObject({ phase: 'warning', final: false });
    limit(h, 20);
    expect(h.state).toMatchObject({ phase: 'warning', final: true, countdownEndsAt: h.now + 20_000 });
    h.touch();
    expect(h.state).toMatchObject({ phase: 'warning', final: true });
  });

  it('never gives more time when the limit is announced again, but ends sooner if told so', () => {
    const h = limit(new Harness().start(), 20);
    const first = h.state;
    h.now += 2_000;
    expect(limit(h, 20).state).toBe(first);
    limit(h, 5);
    expect(h.state).toMatchObject({ phase: 'warning', final: true, countdownEndsAt: h.now + 5_000 });
  });

  it('ends on "Terminer" during the final countdown, for the visitor', () => {
    const h = limit(new Harness().start(), 20);
    h.send({ type: 'end-requested', at: h.now });
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'visitor' });
  });

  it('ignores the time limit when no visit is in progress', () => {
    const waiting = new Harness();
    const before = waiting.state;
    expect(limit(waiting, 20).state).toBe(before);
    expect(limit(waiting, 0).state).toBe(before);
    const ending = new Harness().start().send({ type: 'end-requested', at: 1_000 });
    const endingState = ending.state;
    expect(limit(ending, 0).state).toBe(endingState);
    const thanks = ending.send({ type: 'ending-completed', at: 1_500 });
    const thanksState = thanks.state;
    expect(limit(thanks, 20).state).toBe(thanksState);
  });

  it('takes a malformed number of seconds as the limit reached', () => {
    const h = limit(new Harness().start(), Number.NaN);
    expect(h.state).toMatchObject({ phase: 'ending', reason: 'time-limit' });
  });

  it('is not the idle countdown', () => {
    const h = new Harness().start().advance(90_000);
    expect(isFinalWarning(h.state)).toBe(false);
    expect(h.state).toMatchObject({ phase: 'warning', final: false });
  });
});

describe('staff presence', () => {
  it('multiplies idle timeouts by the staff factor and keeps the countdown length', () => {
    expect(idleTimeoutMs(staffSettings, 'guide')).toBe(90_000 * staffIdleFactor);
    expect(idleTimeoutMs(staffSettings, 'portal')).toBe(300_000 * staffIdleFactor);
    const h = new Harness(staffSettings).start();
    h.advance(90_000 * staffIdleFactor - 1);
    expect(h.state.phase).toBe('active');
    h.advance(1);
    expect(h.state).toMatchObject({ phase: 'warning', countdownEndsAt: h.now + 20_000 });
  });

  it('has no attract loop in staff mode only', () => {
    expect(showsAttractLoop('staff')).toBe(false);
    expect(showsAttractLoop('public')).toBe(true);
    expect(showsAttractLoop('demonstration')).toBe(true);
  });

  it('applies a mode switch to the visit in progress', () => {
    const h = new Harness().start().advance(60_000);
    h.send({ type: 'settings-changed', settings: staffSettings });
    h.advance(60_000);
    expect(h.state.phase).toBe('active');
    h.send({ type: 'settings-changed', settings: publicSettings });
    h.advance(0);
    expect(h.state.phase).toBe('warning');
  });
});

describe('the derived timer queries', () => {
  it('gives the deadline of each phase', () => {
    const h = new Harness();
    expect(visitorDeadline(h.state)).toBeUndefined();
    h.start();
    expect(visitorDeadline(h.state)).toBe(h.now + 90_000);
    h.advance(90_000);
    expect(visitorDeadline(h.state)).toBe(h.now + 20_000);
    h.advance(20_000);
    expect(visitorDeadline(h.state)).toBe(h.now + endingWatchdogMs);
    h.send({ type: 'ending-completed', at: h.now });
    expect(visitorDeadline(h.state)).toBe(h.now + thankYouMs);
  });

  it('wakes up at the deadline, and at each change of displayed second during the countdown', () => {
    const h = new Harness().start();
    expect(nextVisitorWakeUp(h.state, h.now)).toBe(h.now + 90_000);
    h.advance(90_000);
    const endsAt = h.now + 20_000;
    expect(nextVisitorWakeUp(h.state, h.now)).toBe(h.now + 1_000);
    expect(nextVisitorWakeUp(h.state, h.now + 250)).toBe(h.now + 1_000);
    expect(nextVisitorWakeUp(h.state, endsAt - 400)).toBe(endsAt);
    expect(nextVisitorWakeUp(h.state, endsAt + 5)).toBe(endsAt + 5);
  });

  it('a host that only ticks at the wake-up times sees every displayed second and the end', () => {
    const h = new Harness().start().advance(90_000);
    const shown: number[] = [];
    let wakeUp = nextVisitorWakeUp(h.state, h.now);
    while (h.state.phase === 'warning' && wakeUp !== undefined) {
      h.advance(wakeUp - h.now);
      const left = countdownSecondsLeft(h.state, h.now);
      if (left !== undefined) shown.push(left);
      wakeUp = nextVisitorWakeUp(h.state, h.now);
    }
    expect(shown).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(h.state.phase).toBe('ending');
  });

  it('never wakes up in the past and always moves forward (property)', () => {
    const events = fc.array(
      fc.record({
        kind: fc.constantFrom('start', 'activity', 'tick', 'end-requested', 'ending-completed', 'portal', 'recap', 'time-limit'),
        gap: fc.integer({ min: 0, max: 400_000 }),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(events, (steps) => {
        let state = initialVisitorState(publicSettings);
        let now = 0;
        for (const step of steps) {
          now += step.gap;
          const event: VisitorEvent =
            step.kind === 'portal' || step.kind === 'recap'
              ? { type: 'screen', screen: step.kind, at: now }
              : step.kind === 'time-limit'
                ? { type: 'time-limit', secondsLeft: step.gap % 21, at: now }
                : { type: step.kind, at: now };
          state = reduceVisitor(state, event);
          const wake = nextVisitorWakeUp(state, now);
          if (wake !== undefined && wake < now) return false;
          const left = countdownSecondsLeft(state, now);
          if (left !== undefined && (left < 0 || left > 20)) return false;
        }
        return true;
      }),
    );
  });
});

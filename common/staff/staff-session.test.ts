import { describe, expect, it } from 'vitest';
import {
  closedStaffSession,
  reduceStaffSession,
  staffIdleCloseMs,
  staffSessionDeadline,
  type StaffSession,
} from './staff-session.ts';

describe('the staff screen session', () => {
  it('opens on a right PIN and closes after two minutes without a touch, not a millisecond before', () => {
    let session: StaffSession = reduceStaffSession(closedStaffSession, { type: 'unlocked', at: 5_000 });
    expect(staffSessionDeadline(session)).toBe(5_000 + staffIdleCloseMs);
    session = reduceStaffSession(session, { type: 'tick', at: 5_000 + staffIdleCloseMs - 1 });
    expect(session.open).toBe(true);
    session = reduceStaffSession(session, { type: 'tick', at: 5_000 + staffIdleCloseMs });
    expect(session).toEqual(closedStaffSession);
    expect(staffSessionDeadline(session)).toBeUndefined();
  });

  it('stays open while staff keep touching it', () => {
    let session: StaffSession = reduceStaffSession(closedStaffSession, { type: 'unlocked', at: 0 });
    for (let at = 100_000; at <= 1_000_000; at += 100_000) {
      session = reduceStaffSession(session, { type: 'touch', at });
      session = reduceStaffSession(session, { type: 'tick', at: at + staffIdleCloseMs - 1 });
    }
    expect(session).toEqual({ open: true, lastTouchAt: 1_000_000 });
  });

  it('closes when staff leave, and ignores touches while closed', () => {
    const open = reduceStaffSession(closedStaffSession, { type: 'unlocked', at: 0 });
    expect(reduceStaffSession(open, { type: 'leave' })).toEqual(closedStaffSession);
    expect(reduceStaffSession(closedStaffSession, { type: 'touch', at: 10 })).toBe(closedStaffSession);
    expect(reduceStaffSession(closedStaffSession, { type: 'leave' })).toBe(closedStaffSession);
  });
});

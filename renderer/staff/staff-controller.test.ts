import { describe, expect, it, vi } from 'vitest';
import type { BridgeResult } from '../../common/bridge/result.ts';
import { pinDigits } from '../../common/staff/pin-pad.ts';
import type { StaffUnlockResult } from '../../common/staff/staff-requests.ts';
import { staffIdleCloseMs } from '../../common/staff/staff-session.ts';
import { pinPadIdleCloseMs, StaffController, staffTouchIntervalMs, unlockMessage, type StaffKiosk } from './staff-controller.svelte.ts';
import { FakeTime } from './test-support/fake-time.ts';

const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });

function setup(answers: Record<string, StaffUnlockResult> = { '2468': { outcome: 'accepted' } }) {
  const time = new FakeTime();
  const kiosk = {
    staffUnlock: vi.fn(async ({ pin }: { pin: string }) => ok(answers[pin] ?? ({ outcome: 'rejected', attemptsLeft: 4 } as const))),
    staffTouch: vi.fn(async () => ok(null)),
    staffLeave: vi.fn(async () => ok(null)),
  } satisfies StaffKiosk;
  let seed = 0;
  const controller = new StaffController(kiosk, { random: () => ((seed += 0.37) % 1), now: time.now, schedule: time.schedule });
  return { time, kiosk, controller };
}

describe('unlockMessage', () => {
  it('says how many tries are left, and how many minutes the pad stays locked, in French', () => {
    expect(unlockMessage({ outcome: 'rejected', attemptsLeft: 4 })).toBe('Code incorrect. Encore 4 essais avant le blocage.');
    expect(unlockMessage({ outcome: 'rejected', attemptsLeft: 1 })).toBe('Code incorrect. Encore 1 essai avant le blocage.');
    expect(unlockMessage({ outcome: 'locked', retryInSeconds: 300 })).toBe('Trop d’essais. Réessayez dans 5 minutes.');
    expect(unlockMessage({ outcome: 'locked', retryInSeconds: 61 })).toBe('Trop d’essais. Réessayez dans 2 minutes.');
    expect(unlockMessage({ outcome: 'locked', retryInSeconds: 4 })).toBe('Trop d’essais. Réessayez dans 1 minute.');
  });
});

describe('the staff controller', () => {
  it('shows the pad with the ten digits, then the staff screen on the right PIN', async () => {
    const { controller, kiosk } = setup();
    controller.openPad();
    expect(controller.view.kind).toBe('pin');
    if (controller.view.kind === 'pin') expect([...controller.view.digits].sort()).toEqual([...pinDigits]);
    await controller.submit('2468');
    expect(controller.view).toEqual({ kind: 'open' });
    expect(kiosk.staffUnlock).toHaveBeenCalledWith({ pin: '2468' });
  });

  it('reshuffles the digits after a wrong PIN and says so; locks the keys when the shell says locked', async () => {
    const { controller } = setup({ '9999': { outcome: 'locked', retryInSeconds: 300 } });
    controller.openPad();
    const before = controller.view.kind === 'pin' ? controller.view.digits : [];
    await controller.submit('1111');
    expect(controller.view).toMatchObject({ kind: 'pin', message: 'Code incorrect. Encore 4 essais avant le blocage.', locked: false, busy: false });
    expect(controller.view.kind === 'pin' && controller.view.digits).not.toEqual(before);
    await controller.submit('9999');
    expect(controller.view).toMatchObject({ kind: 'pin', message: 'Trop d’essais. Réessayez dans 5 minutes.', locked: true });
  });

  it('closes the pad after 30 seconds without a touch', () => {
    const { controller, time } = setup();
    controller.openPad();
    time.advance(pinPadIdleCloseMs - 1);
    controller.touch();
    time.advance(pinPadIdleCloseMs - 1);
    expect(controller.view.kind).toBe('pin');
    time.advance(1);
    expect(controller.view.kind).toBe('closed');
  });

  it('closes the staff screen two minutes after the last touch, and tells the shell', async () => {
    const { controller, time, kiosk } = setup();
    controller.openPad();
    await controller.submit('2468');
    time.advance(staffIdleCloseMs - 1);
    controller.touch();
    time.advance(staffIdleCloseMs - 1);
    expect(controller.view.kind).toBe('open');
    time.advance(1);
    expect(controller.view.kind).toBe('closed');
    expect(kiosk.staffLeave).toHaveBeenCalledOnce();
    expect(time.pending).toBe(0);
  });

  it('tells the shell about touches at most once per interval', async () => {
    const { controller, time, kiosk } = setup();
    controller.openPad();
    await controller.submit('2468');
    controller.touch();
    expect(kiosk.staffTouch).not.toHaveBeenCalled();
    time.advance(staffTouchIntervalMs);
    controller.touch();
    controller.touch();
    expect(kiosk.staffTouch).toHaveBeenCalledOnce();
  });

  it('closes when the shell says the session has closed, and on leaving', async () => {
    const { controller, kiosk } = setup();
    controller.openPad();
    await controller.submit('2468');
    controller.closedByShell();
    expect(controller.view.kind).toBe('closed');
    controller.openPad();
    await controller.submit('2468');
    controller.leave();
    expect(controller.view.kind).toBe('closed');
    expect(kiosk.staffLeave).toHaveBeenCalledOnce();
  });
});

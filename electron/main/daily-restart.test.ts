import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './log.ts';
import { nextRestartAt, restartWindowMs, setupDailyRestart } from './daily-restart.ts';

afterEach(() => {
  vi.useRealTimers();
});

function setup(at: string | null, idle: { value: boolean }) {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 11, 3, 14, 0, 0));
  const restart = vi.fn();
  const lines: string[] = [];
  const stop = setupDailyRestart({
    at: () => at,
    isIdle: () => idle.value,
    restart,
    now: () => new Date(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
    log: createLogger((line) => lines.push(line)),
  });
  return { restart, stop, lines };
}

describe('nextRestartAt', () => {
  it('is today when the time is still ahead, tomorrow otherwise', () => {
    expect(nextRestartAt(new Date(2026, 11, 3, 1, 0), '03:30')).toEqual(new Date(2026, 11, 3, 3, 30));
    expect(nextRestartAt(new Date(2026, 11, 3, 3, 30), '03:30')).toEqual(new Date(2026, 11, 4, 3, 30));
    expect(nextRestartAt(new Date(2026, 11, 31, 14, 0), '03:30')).toEqual(new Date(2027, 0, 1, 3, 30));
  });
});

describe('setupDailyRestart', () => {
  it('restarts at the quiet hour when nobody uses the kiosk', () => {
    const { restart } = setup('03:30', { value: true });
    vi.advanceTimersByTime((13 * 60 + 29) * 60_000);
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(restart).toHaveBeenCalledOnce();
  });

  it('waits for the visitor to leave, looking every minute', () => {
    const idle = { value: false };
    const { restart } = setup('03:30', idle);
    vi.advanceTimersByTime((13 * 60 + 30) * 60_000);
    vi.advanceTimersByTime(10 * 60_000);
    expect(restart).not.toHaveBeenCalled();
    idle.value = true;
    vi.advanceTimersByTime(60_000);
    expect(restart).toHaveBeenCalledOnce();
  });

  it('gives up for the day when the kiosk stays busy past the quiet hours', () => {
    const idle = { value: false };
    const { restart, lines } = setup('03:30', idle);
    vi.advanceTimersByTime((13 * 60 + 30) * 60_000 + restartWindowMs + 60_000);
    expect(restart).not.toHaveBeenCalled();
    expect(lines.some((line) => line.includes('waits for tomorrow'))).toBe(true);
    idle.value = true;
    vi.advanceTimersByTime(60 * 60_000);
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(restart).toHaveBeenCalledOnce();
  });

  it('does nothing when turned off, or once stopped', () => {
    const off = setup(null, { value: true });
    vi.advanceTimersByTime(48 * 60 * 60_000);
    expect(off.restart).not.toHaveBeenCalled();
    const stopped = setup('15:00', { value: true });
    stopped.stop();
    vi.advanceTimersByTime(48 * 60 * 60_000);
    expect(stopped.restart).not.toHaveBeenCalled();
  });
});

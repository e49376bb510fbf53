import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './log.ts';
import { setupRendererRecovery, unresponsiveGraceMs } from './renderer-recovery.ts';
import { FakeRendererContents } from './test-support/fake-renderer.ts';

function setup() {
  vi.useFakeTimers();
  const lines: string[] = [];
  const restarts: string[] = [];
  const contents = new FakeRendererContents(1);
  setupRendererRecovery(contents as never, createLogger((line) => lines.push(line)), {
    onRestart: (reason) => restarts.push(reason),
    timers: globalThis,
  });
  return { contents, lines, restarts };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('setupRendererRecovery', () => {
  it('reloads a crashed renderer, tells its owner and logs the reason', () => {
    const { contents, lines, restarts } = setup();
    contents.state = 'gone';
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(contents.state).toBe('alive');
    expect(restarts).toEqual(['crashed']);
    expect(lines.join('\n')).toMatch(/renderer: process gone \(crashed\); reloading/);
  });

  it('restarts a renderer still hung after the grace period in a new process, once', () => {
    const { contents, restarts, lines } = setup();
    contents.hang();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(unresponsiveGraceMs - 1);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    // The crash's own `render-process-gone` arrives later and must not reload a second time.
    vi.runAllTimers();
    expect(contents.state).toBe('alive');
    expect(contents.loads).toBe(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(restarts).toEqual(['unresponsive']);
    expect(lines.filter((line) => line.includes('renderer:'))).toHaveLength(1);
  });

  it('a reload alone does not recover a hung renderer (the fake behaves as Electron)', () => {
    const contents = new FakeRendererContents(1);
    contents.hang();
    contents.reload();
    expect(contents.state).toBe('frozen');
  });

  it('reloads again after a later, real crash', () => {
    const { contents } = setup();
    contents.hang();
    vi.advanceTimersByTime(unresponsiveGraceMs);
    vi.runAllTimers();
    contents.state = 'gone';
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(2);
    expect(contents.loads).toBe(2);
  });

  it('does not restart a renderer that became responsive again', () => {
    const { contents } = setup();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(unresponsiveGraceMs / 2);
    contents.emit('responsive');
    vi.advanceTimersByTime(unresponsiveGraceMs * 2);
    expect(contents.reload).not.toHaveBeenCalled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('does nothing once the web contents is destroyed', () => {
    const { contents } = setup();
    contents.destroyed = true;
    contents.emit('render-process-gone', { reason: 'killed', exitCode: 0 });
    contents.emit('unresponsive');
    vi.advanceTimersByTime(unresponsiveGraceMs);
    expect(contents.reload).not.toHaveBeenCalled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createLogger } from './log.ts';
import { setupRendererRecovery, unresponsiveGraceMs } from './renderer-recovery.ts';
import { FakeWebContents } from './test-support/fake-web-contents.ts';

function setup() {
  vi.useFakeTimers();
  const lines: string[] = [];
  const contents = new FakeWebContents(1);
  setupRendererRecovery(contents as never, createLogger((line) => lines.push(line)), globalThis);
  return { contents, lines };
}

describe('setupRendererRecovery', () => {
  it('reloads a crashed renderer and logs the reason', () => {
    const { contents, lines } = setup();
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(lines.join('\n')).toMatch(/renderer: process gone \(crashed\); reloading/);
  });

  it('reloads a renderer still unresponsive after the grace period, once', () => {
    const { contents } = setup();
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(unresponsiveGraceMs - 1);
    expect(contents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.reload).toHaveBeenCalledOnce();
  });

  it('does not reload a renderer that became responsive again', () => {
    const { contents } = setup();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(unresponsiveGraceMs / 2);
    contents.emit('responsive');
    vi.advanceTimersByTime(unresponsiveGraceMs * 2);
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('does nothing once the web contents is destroyed', () => {
    const { contents } = setup();
    contents.destroyed = true;
    contents.emit('render-process-gone', { reason: 'killed', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
  });
});

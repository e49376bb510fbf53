import { vi } from 'vitest';
import { FakeEmitter } from './fake-web-contents.ts';

/**
 * A web contents whose renderer behaves as Electron's does when it hangs or crashes:
 * - `hang()` freezes the renderer and raises `unresponsive`;
 * - `reload()` on a frozen renderer changes nothing: the reload waits behind the frozen page in the
 *   same process; on a live or gone renderer it loads the page (in a new process when gone);
 * - `forcefullyCrashRenderer()` kills the process at once, and raises `render-process-gone`
 *   (reason `killed`) later, on a later turn of the event loop, as Electron does;
 * - `loads` counts the pages that actually finished loading.
 */
export class FakeRendererContents extends FakeEmitter {
  state: 'alive' | 'frozen' | 'gone' = 'alive';
  loads = 0;
  destroyed = false;

  constructor(readonly id: number) {
    super();
  }

  hang(): void {
    this.state = 'frozen';
    this.emit('unresponsive');
  }

  reload = vi.fn(() => {
    if (this.state === 'frozen') return;
    this.state = 'alive';
    this.loads += 1;
  });

  forcefullyCrashRenderer = vi.fn(() => {
    this.state = 'gone';
    setTimeout(() => this.emit('render-process-gone', { reason: 'killed', exitCode: 0 }), 0);
  });

  isDestroyed = vi.fn(() => this.destroyed);
}

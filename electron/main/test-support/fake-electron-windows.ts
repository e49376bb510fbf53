import { vi } from 'vitest';
import { FakeEmitter, FakeWebContents } from './fake-web-contents.ts';

/** A web contents with what the host window and the global hardening use. */
export class FakeWindowContents extends FakeWebContents {
  forcefullyCrashRenderer = vi.fn();
}

/** A fake `BrowserWindow` as the host window uses it. */
export interface FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWindowContents;
  readonly options: unknown;
  readonly show: ReturnType<typeof vi.fn>;
  readonly loadURL: ReturnType<typeof vi.fn>;
  readonly once: ReturnType<typeof vi.fn>;
}

/** A fake `WebContentsView`. */
export interface FakeWebContentsView {
  readonly webContents: FakeWindowContents;
}

/**
 * A fake Electron app and its window classes that keep Electron's event order: the constructor of
 * a window or view creates its web contents and fires the app's `web-contents-created`
 * synchronously, before the constructor returns — so a listener of that event runs while the
 * caller still has no reference to the new object.
 */
export class FakeElectron {
  readonly app = new FakeEmitter();
  private nextId = 1;
  /** The ids in the order their `web-contents-created` fired. */
  readonly created: number[] = [];
  /** A `BrowserWindow` class bound to this app. */
  readonly BrowserWindow: new (options: unknown) => FakeBrowserWindow;
  /** A `WebContentsView` class bound to this app. */
  readonly WebContentsView: new () => FakeWebContentsView;

  constructor() {
    const newContents = (): FakeWindowContents => this.newContents();
    this.BrowserWindow = class extends FakeEmitter implements FakeBrowserWindow {
      readonly webContents = newContents();
      show = vi.fn();
      loadURL = vi.fn(() => Promise.resolve());
      once = vi.fn((name: string, listener: (...args: unknown[]) => void) => this.on(name, listener));

      constructor(readonly options: unknown) {
        super();
      }
    };
    this.WebContentsView = class implements FakeWebContentsView {
      readonly webContents = newContents();
    };
  }

  private newContents(): FakeWindowContents {
    const contents = new FakeWindowContents(this.nextId++);
    this.created.push(contents.id);
    this.app.emit('web-contents-created', contents);
    return contents;
  }
}

import { vi } from 'vitest';

/** A listener registered on a fake emitter. */
type Listener = (...args: unknown[]) => void;

/**
 * A fake Electron event emitter (web contents, app) that records listeners and lets a test emit
 * events, with a `preventDefault` spy on the event object.
 */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  });

  /**
   * Emits `name` with an event object carrying `fields` (Electron's navigation events carry `url`
   * and `isMainFrame` on the event itself) and the further arguments; returns that event.
   */
  emitEvent(name: string, fields: Record<string, unknown>, ...args: unknown[]): { preventDefault: ReturnType<typeof vi.fn> } {
    const event = { ...fields, preventDefault: vi.fn() };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }

  /** Emits `name` with a fresh event object; returns that event. */
  emit(name: string, ...args: unknown[]): { preventDefault: ReturnType<typeof vi.fn> } {
    const event = { preventDefault: vi.fn() };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }
}

/** A fake web contents with the members the hardening and recovery modules use. */
export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;

  constructor(readonly id: number) {
    super();
  }

  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });

  reload = vi.fn();

  isDestroyed = vi.fn(() => this.destroyed);
}

// The preview portal host with a stand-in frame and fake timers: the refusals and out-of-reach
// focus it passes on, and the longest visit it enforces by itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { demoWipePath } from '../../../common/preview/preview-endpoints.ts';
import { agentMessageTag, type AgentMessage } from './agent-protocol.ts';
import type { PortalFrame, PortalFrameHandlers } from './portal-frame.ts';
import { createPreviewPortalHost, type PreviewPortalHostOptions } from './preview-portal-host.ts';

const origin = 'http://127.0.0.1:41234';
const bounds = { x: 0, y: 120, width: 1080, height: 1800 };

/** The visit's frame as the host drives it: what it loaded, and a way to speak as its agent. */
class StandInFrame implements PortalFrame {
  readonly loads: string[] = [];
  removed = false;
  constructor(
    private handlers: PortalFrameHandlers,
    url: string,
  ) {
    this.loads.push(url);
  }
  load(url: string): void {
    this.loads.push(url);
    // The end-of-visit page's agent answers with what it emptied.
    if (new URL(url).pathname === demoWipePath) {
      void Promise.resolve().then(() => this.agent({ tag: agentMessageTag, type: 'wiped', steps: [{ store: 'cookies', ok: true, ms: 1 }] }));
    }
  }
  layout(): void {}
  /** Each show (true) or hide (false), in order. */
  readonly shown: boolean[] = [];
  show(visible: boolean): void {
    this.shown.push(visible);
  }
  post(): void {}
  ping(): void {}
  listen(next: PortalFrameHandlers): void {
    this.handlers = next;
  }
  remove(): void {
    this.removed = true;
  }
  /** A message from the page's agent. */
  agent(message: AgentMessage): void {
    this.handlers.message(message);
  }
}

interface Harness {
  readonly host: ReturnType<typeof createPreviewPortalHost>;
  readonly events: PortalEvent[];
  readonly frames: StandInFrame[];
}

function harness(overrides: Partial<PreviewPortalHostOptions> = {}): Harness {
  const fakeWindow = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (id: number | undefined) => clearTimeout(id),
    performance: { now: () => Date.now() },
  };
  const container = { ownerDocument: { defaultView: fakeWindow } } as unknown as HTMLElement;
  const frames: StandInFrame[] = [];
  const host = createPreviewPortalHost({
    container,
    demoOrigin: origin,
    visitLimits: () => ({ maxVisitSeconds: 300, countdownSeconds: 20 }),
    createFrame: (_container, _origin, url, handlers) => {
      const frame = new StandInFrame(handlers, url);
      frames.push(frame);
      return frame;
    },
    ...overrides,
  });
  const events: PortalEvent[] = [];
  host.onEvent((event) => events.push(event));
  return { host, events, frames };
}

const limitEvents = (events: readonly PortalEvent[]): PortalEvent[] => events.filter((event) => event.type === 'time-limit');

describe('the preview portal host', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays hidden when the visitor left the portal screen while it was opening', async () => {
    const { host, frames } = harness();
    const opening = host.open({ target: 'educonnect', bounds });
    host.setVisible(false);
    await opening;
    expect(frames[0]?.shown.at(-1)).toBe(false);
    host.setVisible(true);
    expect(frames[0]?.shown.at(-1)).toBe(true);
  });

  it('shows the portal an open asked for when nothing was said meanwhile', async () => {
    const { host, frames } = harness();
    await host.open({ target: 'educonnect', bounds });
    expect(frames[0]?.shown.at(-1)).toBe(true);
  });

  it("passes on the agent's refusals, by kind only", async () => {
    const { host, events, frames } = harness();
    await host.open({ target: 'educonnect', bounds });
    frames[0]?.agent({ tag: agentMessageTag, type: 'refused', what: 'file-upload' });
    frames[0]?.agent({ tag: agentMessageTag, type: 'refused', what: 'print' });
    expect(events.filter((event) => event.type === 'refused')).toEqual([
      { type: 'refused', what: 'file-upload' },
      { type: 'refused', what: 'print' },
    ]);
  });

  it("passes on which known page the agent recognised, and forgets it when the page is left or fails", async () => {
    const { host, events, frames } = harness();
    await host.open({ target: 'educonnect', bounds });
    const recognised = (): PortalEvent[] => events.filter((event) => event.type === 'recognised');
    frames[0]?.agent({ tag: agentMessageTag, type: 'recognised', page: 'login', field: null });
    frames[0]?.agent({ tag: agentMessageTag, type: 'page', canGoBack: false });
    frames[0]?.agent({ tag: agentMessageTag, type: 'recognised', page: 'login', field: 'identifiant' });
    frames[0]?.agent({ tag: agentMessageTag, type: 'leaving' });
    expect(recognised()).toEqual([
      { type: 'recognised', page: 'login', field: null },
      { type: 'recognised', page: 'login', field: 'identifiant' },
      { type: 'recognised', page: null, field: null },
    ]);
    host.navigate('retry');
    expect(recognised().at(-1)).toEqual({ type: 'recognised', page: null, field: null });
  });

  it('turns focus in a frame out of reach into "no field" and typing-unavailable', async () => {
    const { host, events, frames } = harness();
    await host.open({ target: 'educonnect', bounds });
    frames[0]?.agent({ tag: agentMessageTag, type: 'focus', field: 'text' });
    events.length = 0;
    frames[0]?.agent({ tag: agentMessageTag, type: 'focus', field: null, inFrame: true });
    expect(events).toEqual([{ type: 'focus', field: null }, { type: 'typing-unavailable' }]);
  });

  it('counts the longest visit from the first portal opened, whatever happens, and ends the portal itself', async () => {
    const { host, events, frames } = harness();
    await host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(200_000);
    // Activity and another target do not restart the count.
    frames[0]?.agent({ tag: agentMessageTag, type: 'activity' });
    await host.open({ target: 'pronote', bounds });
    await vi.advanceTimersByTimeAsync(80_000 - 1);
    expect(limitEvents(events)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(limitEvents(events)).toEqual([{ type: 'time-limit', secondsLeft: 20 }]);
    expect(frames[0]?.removed).toBe(false);

    await vi.advanceTimersByTimeAsync(20_000);
    expect(limitEvents(events)).toEqual([
      { type: 'time-limit', secondsLeft: 20 },
      { type: 'time-limit', secondsLeft: 0 },
    ]);
    expect(frames).toHaveLength(1);
    expect(frames[0]?.loads.at(-1)).toBe(`${origin}${demoWipePath}`);
    expect(frames[0]?.removed).toBe(true);

    // The renderer ends the visit as usual, and receives the report of the wipe already done.
    const report = await host.destroy();
    expect(report.steps.map((step) => [step.store, step.ok])).toEqual([
      ['clear-site-data', true],
      ['cookies', true],
      ['portal-frame', true],
    ]);
    expect((await host.destroy()).steps).toEqual([]);
  });

  it('stops the limit when the visit ends first, and starts afresh with the next visit', async () => {
    const { host, events } = harness();
    await host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(250_000);
    await host.destroy();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(limitEvents(events)).toEqual([]);

    await host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(280_000 - 1);
    expect(limitEvents(events)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(limitEvents(events)).toEqual([{ type: 'time-limit', secondsLeft: 20 }]);
  });

  it('sets no limit when it is given none', async () => {
    const { host, events } = harness({ visitLimits: undefined });
    await host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(7_200_000);
    expect(limitEvents(events)).toEqual([]);
  });
});

/**
 * The preview shell's `PortalHost`: the demo portal in a sandboxed iframe laid over the
 * placeholder, on its own origin (the only allowed host). It turns the portal agent's messages
 * into `PortalEvent`s, sends the on-screen keyboard's typing and the toolbar's navigation to the
 * agent, and at the end of a visit loads the demo's end-of-visit page (which answers
 * `Clear-Site-Data`) before removing the frame — within a time limit, whatever the frame does.
 * Like the Electron shell, it enforces the longest visit: from the first portal opened in a visit,
 * whatever the activity, it announces the final countdown, then ends the portal itself.
 */
import * as v from 'valibot';
import type { Unsubscribe } from '../../../common/bridge/contract.ts';
import { createActivityThrottle } from '../../../common/portal/activity-throttle.ts';
import { portalActivityThrottleMs } from '../../../common/portal/portal-channels.ts';
import type { PortalHost } from '../../../common/portal/portal-host.ts';
import {
  keyboardInputSchema,
  portalBoundsSchema,
  portalNavigations,
  portalOpenSchema,
  type FieldKind,
  type PortalEvent,
  type WipeReport,
  type WipeStep,
} from '../../../common/portal/portal-types.ts';
import { demoWipePath } from '../../../common/preview/preview-endpoints.ts';
import { hostCommandTag, type AgentMessage, type AgentWipeStep } from './agent-protocol.ts';
import { demoPageUrl } from './demo-pages.ts';
import { fetchDemoPortalOrigin, normalizeDemoOrigin } from './demo-portal-origin.ts';
import { createPortalFrame, type PortalFrame } from './portal-frame.ts';
import { startVisitTimeLimit, type VisitTimeLimits } from './visit-time-limit.ts';

/** Longest wait for the end-of-visit page to report, before the frame is removed regardless. */
export const previewWipeTimeoutMs = 2_000;

/** How long the next visitor's portal waits for a wipe the previous end of visit could not confirm. */
export const owedWipeTimeoutMs = 8_000;

/** After the frame's `load`, how long a page may take to report before it counts as failed. */
export const pageReportGraceMs = 1_000;

const roundMs = (ms: number): number => Math.round(ms * 10) / 10;

/** Options of the preview portal host. */
export interface PreviewPortalHostOptions {
  /** Where the iframe goes; it is `position: fixed`, so `document.body` does. */
  readonly container: HTMLElement;
  /** The demo portal's origin, or how to get it (default: ask the preview server). */
  readonly demoOrigin?: string | (() => Promise<string>);
  /** Longest wait for the end-of-visit page (default `previewWipeTimeoutMs`). */
  readonly wipeTimeoutMs?: number;
  /** Milliseconds clock for the wipe report (default `performance.now`). */
  readonly now?: () => number;
  /**
   * The longest visit and its final countdown (`config.timeouts`), read when a visit's first
   * portal opens. Without it, visits have no time limit (a test of the frame alone).
   */
  readonly visitLimits?: () => VisitTimeLimits | Promise<VisitTimeLimits>;
  /** Makes the visit's iframe (default `createPortalFrame`; a stand-in in unit tests). */
  readonly createFrame?: typeof createPortalFrame;
}

/** The host's state for the current visit's frame. */
interface Visit {
  readonly frame: PortalFrame;
  readonly origin: string;
  /** The target's address, loaded again by "Réessayer". */
  targetUrl: string;
  /** The frame's current document has the agent: commands may go to it. */
  agentReady: boolean;
  /** The last `loading` event sent, so that only changes are sent. */
  loading: boolean | undefined;
  canGoBack: boolean;
  failTimer: number | undefined;
}

/** Creates the preview's portal host. One visitor at a time; reusable after `destroy()`. */
export function createPreviewPortalHost(options: PreviewPortalHostOptions): PortalHost {
  const win = options.container.ownerDocument.defaultView;
  if (win === null) throw new Error('the portal container is not in a window');
  const now = options.now ?? (() => win.performance.now());
  const wipeTimeoutMs = options.wipeTimeoutMs ?? previewWipeTimeoutMs;
  const createFrame = options.createFrame ?? createPortalFrame;
  const listeners = new Set<(event: PortalEvent) => void>();
  let originPromise: Promise<string> | undefined;
  let visit: Visit | undefined;
  let focus: FieldKind | null = null;
  let generation = 0;
  /** Clears the current visit's time limit; undefined when none runs. */
  let stopTimeLimit: (() => void) | undefined;
  /** The end of a visit the time limit started itself: the next `destroy()` returns its report. */
  let limitEnding: Promise<WipeReport> | undefined;

  const emit = (event: PortalEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };
  const activity = createActivityThrottle(() => emit({ type: 'activity' }), portalActivityThrottleMs, now);

  const resolveOrigin = (): Promise<string> => {
    const source = options.demoOrigin;
    originPromise ??= (typeof source === 'string' ? Promise.resolve(source) : (source ?? fetchDemoPortalOrigin)())
      .then(normalizeDemoOrigin)
      .catch((error: unknown) => {
        originPromise = undefined; // ask again next time
        throw error;
      });
    return originPromise;
  };

  const setFocus = (field: FieldKind | null): void => {
    if (field === focus) return;
    focus = field;
    emit({ type: 'focus', field });
  };

  const setLoading = (current: Visit, loading: boolean, canGoBack = current.canGoBack): void => {
    if (current.loading === loading && current.canGoBack === canGoBack) return;
    current.loading = loading;
    current.canGoBack = canGoBack;
    emit({ type: 'loading', loading, canGoBack });
  };

  const clearFailTimer = (current: Visit): void => {
    if (current.failTimer !== undefined) win.clearTimeout(current.failTimer);
    current.failTimer = undefined;
  };

  /** No known page shows (the page is being left, or failed): the next page says which it is. */
  const forgetPage = (): void => emit({ type: 'recognised', page: null, field: null });

  const load = (current: Visit, url: string): void => {
    clearFailTimer(current);
    current.agentReady = false;
    setFocus(null);
    forgetPage();
    current.frame.load(url);
    setLoading(current, true);
  };

  const onMessage = (current: Visit, message: AgentMessage): void => {
    switch (message.type) {
      case 'page':
        clearFailTimer(current);
        current.agentReady = true;
        setLoading(current, false, message.canGoBack);
        return;
      case 'leaving':
        setFocus(null);
        forgetPage();
        setLoading(current, true);
        return;
      case 'recognised':
        emit({ type: 'recognised', page: message.page, field: message.field });
        return;
      case 'focus':
        if (message.inFrame === true) {
          setFocus(null);
          emit({ type: 'typing-unavailable' });
        } else {
          setFocus(message.field);
        }
        return;
      case 'refused':
        emit({ type: 'refused', what: message.what });
        return;
      case 'activity':
        activity();
        return;
      case 'blocked':
        emit({ type: 'blocked', host: message.host });
        return;
      case 'wiped':
        return; // only meaningful while ending, where `destroy` listens for it
    }
  };

  /**
   * The frame loaded a document. Until its agent answers the ping, nothing is sent to it; with no
   * answer, the page counts as failed (an error page, a refused address, a page of another site).
   */
  const onLoaded = (current: Visit): void => {
    clearFailTimer(current);
    current.agentReady = false;
    current.frame.ping();
    current.failTimer = win.setTimeout(() => {
      current.failTimer = undefined;
      if (current.agentReady || visit !== current) return;
      setFocus(null);
      forgetPage();
      setLoading(current, false);
      emit({ type: 'load-failed' });
    }, pageReportGraceMs);
  };

  const startVisit = (origin: string, url: string): Visit => {
    // The frame's handlers need the visit, which needs the frame: they reach it through `created`.
    const created: { visit?: Visit } = {};
    const frame = createFrame(options.container, origin, url, {
      message: (message) => {
        if (created.visit !== undefined) onMessage(created.visit, message);
      },
      loaded: () => {
        if (created.visit !== undefined) onLoaded(created.visit);
      },
    });
    const current: Visit = { frame, origin, targetUrl: url, agentReady: false, loading: undefined, canGoBack: false, failTimer: undefined };
    created.visit = current;
    setLoading(current, true);
    return current;
  };

  /**
   * True while an end of visit could not confirm its wipe in time: the next visitor's portal first
   * wipes again, and does not open until that wipe is confirmed.
   */
  let wipeOwed = false;

  /** Loads the end-of-visit page; resolves with the agent's report, or undefined after the limit. */
  const wipe = (current: Visit, limitMs = wipeTimeoutMs): Promise<readonly AgentWipeStep[] | undefined> =>
    new Promise((resolve) => {
      const finish = (steps: readonly AgentWipeStep[] | undefined): void => {
        win.clearTimeout(timer);
        current.frame.listen({ message: () => undefined, loaded: () => undefined });
        resolve(steps);
      };
      const timer = win.setTimeout(() => finish(undefined), limitMs);
      current.frame.listen({
        message: (message) => {
          if (message.type === 'wiped') finish(message.steps);
        },
        loaded: () => undefined,
      });
      try {
        current.frame.load(new URL(demoWipePath, current.origin).href);
      } catch {
        finish(undefined);
      }
    });

  /** Ends the visit's portal: hides it, wipes it, removes the frame; names and timings only. */
  const endVisit = async (): Promise<WipeReport> => {
    generation += 1;
    stopTimeLimit?.();
    stopTimeLimit = undefined;
    const started = now();
    const ending = visit;
    visit = undefined;
    setFocus(null);
    if (ending === undefined) return { steps: [], totalMs: 0 };
    clearFailTimer(ending);
    ending.frame.show(false); // the visitor sees the kiosk's thank-you, not the end-of-visit page
    const agentSteps = await wipe(ending);
    wipeOwed = agentSteps === undefined;
    const wiped = now();
    ending.frame.remove();
    const removed = now();
    const steps: WipeStep[] = [
      { store: 'clear-site-data', ok: agentSteps !== undefined, ms: roundMs(wiped - started) },
      ...(agentSteps ?? []),
      { store: 'portal-frame', ok: true, ms: roundMs(removed - wiped) },
    ];
    return { steps, totalMs: roundMs(removed - started) };
  };

  /** The visit's first portal opened: the longest visit counts from now, whatever the activity. */
  const startTimeLimit = (limits: VisitTimeLimits): void => {
    stopTimeLimit = startVisitTimeLimit(limits, win, {
      countdown: (secondsLeft) => emit({ type: 'time-limit', secondsLeft }),
      reached: () => {
        stopTimeLimit = undefined;
        limitEnding = endVisit();
        emit({ type: 'time-limit', secondsLeft: 0 });
      },
    });
  };

  /** What the renderer last said (show or hide), and how many times it said it. */
  let visible = true;
  let visibilityChanges = 0;

  return {
    async open(request) {
      const { target, bounds: requested } = v.parse(portalOpenSchema, request);
      // A visit the time limit ended, whose end nobody collected: let it finish first.
      const unclaimed = limitEnding;
      limitEnding = undefined;
      if (unclaimed !== undefined) await unclaimed;
      const started = generation;
      const shownBefore = visibilityChanges;
      const origin = await resolveOrigin();
      const limits = visit === undefined && stopTimeLimit === undefined ? await options.visitLimits?.() : undefined;
      if (started !== generation) return; // the visit ended while the origin was being fetched
      const url = demoPageUrl(origin, target);
      if (visit === undefined && wipeOwed) {
        const pending = startVisit(origin, new URL(demoWipePath, origin).href);
        pending.frame.show(false);
        const confirmed = await wipe(pending, owedWipeTimeoutMs);
        if (confirmed === undefined || started !== generation) {
          pending.frame.remove();
          throw new Error('the previous visit could not be erased yet');
        }
        wipeOwed = false;
        visit = pending;
        visit.targetUrl = url;
        load(visit, url);
      } else if (visit === undefined) {
        visit = startVisit(origin, url);
      } else {
        visit.targetUrl = url;
        load(visit, url);
      }
      visit.frame.layout(requested);
      // Shown, unless the renderer said otherwise while this waited (the visitor left the portal
      // screen before the portal was ready): its last word holds.
      visit.frame.show(visibilityChanges === shownBefore ? true : visible);
      if (limits !== undefined && stopTimeLimit === undefined) startTimeLimit(limits);
    },

    setBounds(next) {
      const bounds = v.parse(portalBoundsSchema, next);
      visit?.frame.layout(bounds);
    },

    setVisible(shown) {
      visibilityChanges += 1;
      visible = shown;
      visit?.frame.show(shown);
    },

    navigate(action) {
      const current = visit;
      if (current === undefined || !v.is(v.picklist(portalNavigations), action)) return;
      if (action === 'retry' || !current.agentReady) load(current, current.targetUrl);
      else current.frame.post({ tag: hostCommandTag, type: 'navigate', action });
    },

    type(input) {
      const current = visit;
      if (current === undefined || !current.agentReady || !v.is(keyboardInputSchema, input)) return;
      current.frame.post({ tag: hostCommandTag, type: 'type', input });
    },

    destroy(): Promise<WipeReport> {
      const ended = limitEnding;
      limitEnding = undefined;
      return ended ?? endVisit();
    },

    onEvent(listener): Unsubscribe {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

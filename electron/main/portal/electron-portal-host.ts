import * as v from 'valibot';
import type { Unsubscribe } from '../../../common/bridge/contract.ts';
import { hostOf, isAllowedUrl } from '../../../common/navigation-policy.ts';
import type { PortalHost } from '../../../common/portal/portal-host.ts';
import {
  boundsFitWindow,
  type FieldKind,
  type KeyboardInput,
  keyboardInputSchema,
  type PortalBounds,
  portalBoundsSchema,
  type PortalEvent,
  type PortalNavigation,
  type PortalOpenRequest,
  type PortalRefusal,
  type PortalTarget,
  type WipeReport,
} from '../../../common/portal/portal-types.ts';
import type { Logger } from '../log.ts';
import { PartitionPool, type PooledPartition } from './partition-pool.ts';
import type { PortalIpcTarget } from './portal-ipc.ts';
import { watchPortalPage } from './portal-page-events.ts';
import { type BlockedNavigation, hardenPortalContents, hardenPortalSession } from './portal-session-hardening.ts';
import { PortalTypingQueue } from './portal-typing.ts';
import {
  systemTimers,
  type PortalSessionSource,
  type PortalTimers,
  type PortalView,
  type PortalViewFactory,
  type PortalWindow,
} from './portal-view.ts';
import { clearPortalSession, defaultWipeLimits, type PortalWipeLimits, wipePortal } from './portal-wipe.ts';
import { VisitTimeLimit, type VisitTimeLimitSettings } from './visit-time-limit.ts';

export { portalPartitionPrefix } from './partition-pool.ts';

/** A refused host reported again within this many milliseconds is the same refusal (one notice). */
const blockedRepeatMs = 1_000;

/** What the Electron portal is built from. */
export interface ElectronPortalHostOptions<V extends PortalView> {
  /** The in-memory session of a partition (`session.fromPartition`). */
  readonly sessionOf: PortalSessionSource;
  /** Creates a view whose web contents use the given partition's session. */
  readonly createView: PortalViewFactory<V>;
  /** The host window the view is laid over. */
  readonly window: PortalWindow<V>;
  /** The allow-list of hosts, read at each decision (the configuration or the mode may change). */
  readonly allowedHosts: () => readonly string[];
  /** The address of a portal target. */
  readonly resolveTarget: (target: PortalTarget) => string;
  /** The EduConnect logout address, loaded at the end of a visit. */
  readonly logoutUrl: () => string;
  /** Runs before each visit on the partition it will use (the demonstration portal is set up there). */
  readonly beforeVisit?: (pooled: PooledPartition) => void | Promise<void>;
  /** The longest visit and the final countdown, read when a visit starts. */
  readonly timeLimit?: () => VisitTimeLimitSettings;
  readonly log: Logger;
  readonly timers?: PortalTimers;
  readonly wipeLimits?: PortalWipeLimits;
  readonly poolSize?: number;
}

/** One visitor's portal. */
interface Visit<V extends PortalView> {
  readonly view: V;
  readonly pooled: PooledPartition;
  /** The last allowed address the page was at or tried to reach, for "Réessayer". */
  lastAllowedUrl: string | undefined;
  /** The page's renderer stopped responding and has not recovered. */
  frozen: boolean;
  /** Renderer crashes the kiosk caused itself ("Réessayer" on a frozen page), not yet reported by Electron. */
  ownCrashes: number;
  /** The last refused host and when, to report a refusal once. */
  lastBlocked: { readonly host: string; readonly at: number } | undefined;
  readonly limit: VisitTimeLimit | undefined;
}

/**
 * The controlled portal in Electron: for each visitor a new view over the renderer's placeholder,
 * in an in-memory partition taken in turn from a small pool and proven empty first, hardened, and
 * destroyed with everything its session stored at the end of the visit. Also the target of the
 * portal preload's messages.
 */
export class ElectronPortalHost<V extends PortalView = PortalView> implements PortalHost, PortalIpcTarget {
  private readonly listeners = new Set<(event: PortalEvent) => void>();
  private readonly timers: PortalTimers;
  private readonly pool: PartitionPool;
  private readonly typing: PortalTypingQueue;
  /** Every portal view's contents until its wipe is over (its navigations follow the allow-list). */
  private readonly liveContents = new Set<number>();
  private visit: Visit<V> | undefined;
  private starting: Promise<Visit<V>> | undefined;
  private bounds: PortalBounds | undefined;
  private visible = false;
  /** How many times the renderer said show or hide: an open that waited does not override a later word. */
  private visibilityChanges = 0;
  private wiping: Promise<WipeReport> | undefined;
  /** The wipe the shell started itself at the time limit, handed to the renderer's `endVisit` that follows. */
  private endedByShell: Promise<WipeReport> | undefined;

  constructor(private readonly options: ElectronPortalHostOptions<V>) {
    this.timers = options.timers ?? systemTimers;
    this.typing = new PortalTypingQueue(this.timers, options.log);
    const limits = options.wipeLimits ?? defaultWipeLimits;
    this.pool = new PartitionPool({
      sessionOf: options.sessionOf,
      prepare: ({ session }) =>
        hardenPortalSession(session, {
          allowedHosts: options.allowedHosts,
          // The session outlives every visit: it reaches the current one through the host, never a visit of its own.
          onBlocked: (blocked) => this.onBlocked(session, blocked),
          log: options.log,
        }),
      clear: async (session) => (await clearPortalSession(session, limits, this.timers, options.log)).every((step) => step.ok),
      log: options.log,
      timers: this.timers,
      ...(options.poolSize === undefined ? {} : { size: options.poolSize }),
    });
  }

  /** Opens the target over the given bounds, creating this visitor's portal when needed. */
  async open(request: PortalOpenRequest): Promise<void> {
    if (this.wiping !== undefined) await this.wiping;
    const url = this.options.resolveTarget(request.target);
    if (!isAllowedUrl(url, this.options.allowedHosts())) {
      const host = hostOf(url) ?? '';
      this.options.log.warn(`portal: the configured address of ${request.target} is not allowed (${host})`);
      this.emit({ type: 'blocked', host });
      return;
    }
    const shownBefore = this.visibilityChanges;
    const visit = this.visit ?? (await (this.starting ??= this.startVisit().finally(() => (this.starting = undefined))));
    this.setBounds(request.bounds);
    // Shown, unless the renderer said otherwise while the visit was starting (the visitor left the
    // portal screen before the portal was ready): its last word holds.
    if (this.visibilityChanges === shownBefore) this.setVisible(true);
    else this.visit?.view.setVisible(this.visible);
    this.load(visit, url);
  }

  /** Lays the portal over the placeholder; invalid bounds (or bounds outside the window) are ignored. */
  setBounds(bounds: PortalBounds): void {
    const parsed = v.safeParse(portalBoundsSchema, bounds);
    if (!parsed.success || !boundsFitWindow(parsed.output, this.options.window.contentSize())) {
      this.options.log.warn('portal: ignored invalid bounds');
      return;
    }
    this.bounds = parsed.output;
    if (this.visit !== undefined) this.layOut(this.visit.view);
  }

  /** Shows or hides the portal without destroying it. */
  setVisible(visible: boolean): void {
    this.visibilityChanges += 1;
    this.visible = visible;
    this.visit?.view.setVisible(visible);
  }

  /** Back within the portal, reload, or retry the last allowed address. */
  navigate(action: PortalNavigation): void {
    const visit = this.visit;
    if (visit === undefined) return;
    const contents = visit.view.webContents;
    switch (action) {
      case 'back':
        if (contents.navigationHistory.canGoBack()) contents.navigationHistory.goBack();
        return;
      case 'reload':
        contents.reload();
        return;
      case 'retry':
        if (visit.frozen) {
          this.options.log.warn('portal: restarting the frozen page');
          // Electron reports this crash later, after the retry's load has started: it belongs to
          // the frozen page, not to the new one, and must not mark the new page failed.
          visit.ownCrashes += 1;
          visit.frozen = false;
          contents.forcefullyCrashRenderer();
        }
        if (visit.lastAllowedUrl !== undefined) this.load(visit, visit.lastAllowedUrl);
        else contents.reload();
        return;
    }
  }

  /** Types one keyboard action into the portal's focused field, after the ones before it. Nothing typed is logged. */
  type(input: KeyboardInput): void {
    const visit = this.visit;
    if (visit === undefined) return;
    if (!v.is(keyboardInputSchema, input)) {
      this.options.log.warn('portal: ignored an invalid keyboard input');
      return;
    }
    void this.typing.type(visit.view.webContents, input);
  }

  /** Resolves once every keyboard action queued so far was delivered (or given up on). */
  typingSettled(): Promise<void> {
    return this.typing.settled();
  }

  /** Ends the visit: sign-out, then the view and everything its session stored (see `wipePortal`). */
  destroy(): Promise<WipeReport> {
    if (this.wiping !== undefined) return this.wiping;
    const visit = this.visit;
    if (visit === undefined) {
      const ended = this.endedByShell;
      this.endedByShell = undefined;
      return ended ?? Promise.resolve({ steps: [], totalMs: 0 });
    }
    this.endedByShell = undefined;
    this.visit = undefined;
    this.visible = false;
    visit.limit?.stop();
    try {
      visit.view.setVisible(false);
    } catch {
      this.options.log.warn('portal: could not hide the view before wiping it');
    }
    const logoutUrl = this.options.logoutUrl();
    const contentsId = visit.view.webContents.id;
    const wiping = wipePortal(
      { view: visit.view, window: this.options.window, logoutUrl: isAllowedUrl(logoutUrl, this.options.allowedHosts()) ? logoutUrl : undefined },
      this.options.wipeLimits ?? defaultWipeLimits,
      this.timers,
      this.options.log,
    )
      .then((report) => {
        const cleared = report.steps.filter((step) => !['sign-out', 'view', 'web-contents'].includes(step.store)).every((step) => step.ok);
        this.pool.release(visit.pooled, cleared);
        return report;
      })
      .finally(() => {
        this.liveContents.delete(contentsId);
        this.wiping = undefined;
      });
    this.wiping = wiping;
    return wiping;
  }

  /** Follows the portal's events; returns the function that stops following. */
  onEvent(listener: (event: PortalEvent) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Id of the current visitor's portal web contents (for the preload's messages). */
  portalContentsId(): number | undefined {
    return this.visit?.view.webContents.id;
  }

  /** The current visitor's portal web contents, for the self-test. */
  portalContents(): V['webContents'] | undefined {
    return this.visit?.view.webContents;
  }

  /** True for a portal view's contents until its wipe is over: its navigations follow the allow-list. */
  ownsContents(id: number): boolean {
    return this.liveContents.has(id);
  }

  /** True while a visitor has a portal (or one is being wiped). */
  isBusy(): boolean {
    return this.visit !== undefined || this.wiping !== undefined || this.starting !== undefined;
  }

  /** How many distinct partitions the kiosk has made (bounded by the pool). */
  partitionsUsed(): number {
    return this.pool.partitionsUsed();
  }

  /** True once a partition could not be proven empty: restart between visitors. */
  wantsRestart(): boolean {
    return this.pool.wantsRestart();
  }

  /** The allow-list the portal's pages must be on. */
  allowedHosts(): readonly string[] {
    return this.options.allowedHosts();
  }

  /**
   * Forwards the kind of the focused field (never its value) from the portal preload; focus inside
   * a frame of another site, which the keyboard cannot reach, is reported as such.
   */
  reportFocus(field: FieldKind | null, inFrame = false): void {
    if (this.visit === undefined) return;
    this.emit({ type: 'focus', field });
    if (inFrame) this.emit({ type: 'typing-unavailable' });
  }

  /** Forwards a refusal of the page's file chooser or print dialog from the portal preload. */
  reportRefused(what: PortalRefusal): void {
    if (this.visit !== undefined) this.emit({ type: 'refused', what });
  }

  /** Forwards the visitor's activity in the portal. */
  reportActivity(): void {
    if (this.visit !== undefined) this.emit({ type: 'activity' });
  }

  /** Forwards which known page the portal shows and which of its known fields has focus: ids only. */
  reportPage(page: string | null, field: string | null): void {
    if (this.visit !== undefined) this.emit({ type: 'recognised', page, field });
  }

  private async startVisit(): Promise<Visit<V>> {
    const pooled = await this.pool.acquire();
    await this.options.beforeVisit?.(pooled);
    const view = this.options.createView(pooled.partition, pooled.session);
    this.liveContents.add(view.webContents.id);
    const limitSettings = this.options.timeLimit?.();
    const limit =
      limitSettings === undefined
        ? undefined
        : new VisitTimeLimit(limitSettings, this.timers, {
            countdown: (secondsLeft) => {
              if (this.visit === visit) this.emit({ type: 'time-limit', secondsLeft });
            },
            reached: () => {
              if (this.visit !== visit) return;
              this.options.log.warn('portal: the visit reached its longest length; ending it');
              this.endedByShell = this.destroy();
              this.emit({ type: 'time-limit', secondsLeft: 0 });
            },
          });
    const visit: Visit<V> = { view, pooled, lastAllowedUrl: undefined, frozen: false, ownCrashes: 0, lastBlocked: undefined, limit };
    const current = (): boolean => this.visit === visit;
    const hardening = { allowedHosts: this.options.allowedHosts, onBlocked: (blocked: BlockedNavigation) => current() && this.reportBlocked(visit, blocked), log: this.options.log };
    hardenPortalContents(view.webContents, hardening);
    watchPortalPage(view.webContents, {
      report: (event) => {
        if (current()) this.emit(event);
      },
      mainFrameUrl: (url) => {
        if (current() && isAllowedUrl(url, this.options.allowedHosts())) visit.lastAllowedUrl = url;
      },
      frozen: (frozen) => {
        visit.frozen = frozen;
      },
      ownCrash: () => {
        if (visit.ownCrashes === 0) return false;
        visit.ownCrashes -= 1;
        return true;
      },
      log: this.options.log,
    });
    this.options.window.addView(view);
    this.visit = visit;
    limit?.start();
    this.options.log.info('portal: a visitor portal was opened');
    return visit;
  }

  private layOut(view: V): void {
    if (this.bounds === undefined) return;
    const { x, y, width, height } = this.bounds;
    view.setBounds({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });
    view.setVisible(this.visible);
  }

  private load(visit: Visit<V>, url: string): void {
    visit.lastAllowedUrl = url;
    visit.view.webContents.loadURL(url).catch(() => {
      // The reason (with the address) is not logged; did-fail-load reports real failures.
      this.options.log.info('portal: a page load did not complete');
    });
  }

  /** A refusal from a pooled session's web-request gate: it counts for the visit using that session. */
  private onBlocked(session: PooledPartition['session'], blocked: BlockedNavigation): void {
    const visit = this.visit;
    if (visit !== undefined && visit.pooled.session === session) this.reportBlocked(visit, blocked);
  }

  private reportBlocked(visit: Visit<V>, blocked: BlockedNavigation): void {
    if (!blocked.mainFrame) return;
    const now = this.timers.now();
    const last = visit.lastBlocked;
    visit.lastBlocked = { host: blocked.host, at: now };
    if (last !== undefined && last.host === blocked.host && now - last.at < blockedRepeatMs) return;
    this.emit({ type: 'blocked', host: blocked.host });
  }

  private emit(event: PortalEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        this.options.log.error(`portal: a listener of ${event.type} events failed`);
      }
    }
  }
}

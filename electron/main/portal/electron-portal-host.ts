import { randomUUID } from 'node:crypto';
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
import type { PortalIpcTarget } from './portal-ipc.ts';
import { typeIntoPortal } from './portal-keyboard.ts';
import { watchPortalPage } from './portal-page-events.ts';
import { type BlockedNavigation, hardenPortalSession } from './portal-session-hardening.ts';
import { systemTimers, type PortalTimers, type PortalView, type PortalViewFactory, type PortalWindow } from './portal-view.ts';
import { defaultWipeLimits, type PortalWipeLimits, wipePortal } from './portal-wipe.ts';

/** Every visitor's partition starts so; never `persist:`, so nothing reaches the disk. */
export const portalPartitionPrefix = 'portal-visitor-';

/** A refused host reported again within this many milliseconds is the same refusal (one notice). */
const blockedRepeatMs = 1_000;

/** What the Electron portal is built from. */
export interface ElectronPortalHostOptions<V extends PortalView> {
  /** Creates a view whose web contents use the given in-memory partition. */
  readonly createView: PortalViewFactory<V>;
  /** The host window the view is laid over. */
  readonly window: PortalWindow<V>;
  /** The allow-list of hosts, read at each decision (the configuration may be reloaded). */
  readonly allowedHosts: () => readonly string[];
  /** The address of a portal target, from the configuration's `addresses`. */
  readonly resolveTarget: (target: PortalTarget) => string;
  /** The EduConnect logout address, loaded at the end of a visit. */
  readonly logoutUrl: () => string;
  readonly log: Logger;
  readonly timers?: PortalTimers;
  /** A fresh random token per visitor, for the partition name. */
  readonly randomId?: () => string;
  readonly wipeLimits?: PortalWipeLimits;
}

/** One visitor's portal. */
interface Visit<V extends PortalView> {
  readonly view: V;
  readonly partition: string;
  /** The last allowed address the page was at or tried to reach, for "Réessayer". */
  lastAllowedUrl: string | undefined;
  /** The page's renderer stopped responding and has not recovered. */
  frozen: boolean;
  /** The last refused host and when, to report a refusal once. */
  lastBlocked: { readonly host: string; readonly at: number } | undefined;
}

/**
 * The controlled portal in Electron (issue 4 item 1): for each visitor a view in a fresh
 * in-memory session partition, hardened, laid over the renderer's placeholder, and destroyed with
 * everything it stored at the end of the visit. Also the target of the portal preload's messages.
 */
export class ElectronPortalHost<V extends PortalView = PortalView> implements PortalHost, PortalIpcTarget {
  private readonly listeners = new Set<(event: PortalEvent) => void>();
  private readonly timers: PortalTimers;
  private readonly randomId: () => string;
  private visit: Visit<V> | undefined;
  private bounds: PortalBounds | undefined;
  private visible = false;
  private wiping: Promise<WipeReport> | undefined;

  constructor(private readonly options: ElectronPortalHostOptions<V>) {
    this.timers = options.timers ?? systemTimers;
    this.randomId = options.randomId ?? randomUUID;
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
    const visit = this.visit ?? this.startVisit();
    this.setBounds(request.bounds);
    this.setVisible(true);
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
          contents.forcefullyCrashRenderer();
          visit.frozen = false;
        }
        if (visit.lastAllowedUrl !== undefined) this.load(visit, visit.lastAllowedUrl);
        else contents.reload();
        return;
    }
  }

  /** Types one keyboard action into the portal's focused field. Nothing typed is logged. */
  type(input: KeyboardInput): void {
    const visit = this.visit;
    if (visit === undefined) return;
    if (!v.is(keyboardInputSchema, input)) {
      this.options.log.warn('portal: ignored an invalid keyboard input');
      return;
    }
    typeIntoPortal(visit.view.webContents, input).catch(() => this.options.log.warn('portal: a keyboard input was not delivered'));
  }

  /** Ends the visit: sign-out, then the view and everything its session stored (see `wipePortal`). */
  destroy(): Promise<WipeReport> {
    if (this.wiping !== undefined) return this.wiping;
    const visit = this.visit;
    if (visit === undefined) return Promise.resolve({ steps: [], totalMs: 0 });
    this.visit = undefined;
    this.visible = false;
    try {
      visit.view.setVisible(false);
    } catch {
      this.options.log.warn('portal: could not hide the view before wiping it');
    }
    const logoutUrl = this.options.logoutUrl();
    const wiping = wipePortal(
      { view: visit.view, window: this.options.window, logoutUrl: isAllowedUrl(logoutUrl, this.options.allowedHosts()) ? logoutUrl : undefined },
      this.options.wipeLimits ?? defaultWipeLimits,
      this.timers,
      this.options.log,
    ).finally(() => {
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

  private startVisit(): Visit<V> {
    const partition = `${portalPartitionPrefix}${this.randomId()}`;
    const view = this.options.createView(partition);
    const visit: Visit<V> = { view, partition, lastAllowedUrl: undefined, frozen: false, lastBlocked: undefined };
    const current = (): boolean => this.visit === visit;
    hardenPortalSession(view, {
      allowedHosts: this.options.allowedHosts,
      onBlocked: (blocked) => {
        if (current()) this.onBlocked(visit, blocked);
      },
      log: this.options.log,
    });
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
      log: this.options.log,
    });
    this.options.window.addView(view);
    this.visit = visit;
    this.options.log.info('portal: a new visitor portal was created');
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

  private onBlocked(visit: Visit<V>, blocked: BlockedNavigation): void {
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

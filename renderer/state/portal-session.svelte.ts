import type { KioskApi, Unsubscribe } from '../../common/bridge/contract.ts';
import type {
  FieldKind,
  KeyboardInput,
  PortalBounds,
  PortalEvent,
  PortalNavigation,
  PortalRefusal,
  PortalTarget,
} from '../../common/portal/portal-types.ts';

/** How long the keyboard stays after focus leaves a field, waiting for the next field's focus. */
export const keyboardLingerMs = 250;

/**
 * How long the companion keeps a page's explanation after the portal says no known page shows
 * (the page is being left): the next page usually says which it is sooner, so the panel does not
 * flash the route's steps between two known pages. A failed or crashed page forgets it at once.
 */
export const pageForgetMs = 250;

/**
 * Why the portal screen shows a notice beside the page (never over it): the kiosk refused the
 * page's file chooser or print dialog, or focus is in a part of the page the keyboard cannot reach.
 */
export type PortalNotice = PortalRefusal | 'typing-unavailable';

/** What the rest of the renderer hears from the portal. */
export interface PortalFollowers {
  /** The visitor touched or typed inside the portal. */
  readonly activity: () => void;
  /** The shell's longest visit: the final countdown starts (seconds > 0), or the portal ended (0). */
  readonly timeLimit: (secondsLeft: number) => void;
}

/**
 * What the renderer knows of the visitor's portal: never a page's content, a value or an address
 * path — only which known page shows and which of its known fields has focus, by catalog ids.
 */
export class PortalSession {
  loading = $state(false);
  canGoBack = $state(false);
  /** The host of a refused navigation, while its notice shows. */
  blockedHost: string | undefined = $state();
  /** The page failed to load, crashed or froze. */
  failed = $state(false);
  /** The kind of the focused portal field, or null. */
  field: FieldKind | null = $state(null);
  /** The visitor closed the keyboard; the next focus brings it back. */
  keyboardHidden = $state(false);
  /** The shell could not open the portal at all. */
  unavailable = $state(false);
  /** The notice shown beside the page, until the visitor closes it. */
  notice: PortalNotice | undefined = $state();
  /** The known page the portal shows (`portal-pages.json` id), or null. */
  page: string | null = $state(null);
  /** The known field of that page with focus (its id), or null. */
  pageField: string | null = $state(null);
  /**
   * True once the portal showed a page known as a finished success in this visit (for the
   * anonymous statistics: a visit ended in the portal after it is a success).
   */
  get reachedSuccess(): boolean {
    const successPages = this.#successPages;
    return successPages !== undefined && this.#pagesSeen.some((page) => successPages.has(page));
  }
  readonly #kiosk: KioskApi;
  #successPages: ReadonlySet<string> | undefined;
  /** The known pages shown in this visit (catalog ids only; read when the visit ends, not reactive). */
  #pagesSeen: string[] = [];
  #blurTimer: ReturnType<typeof setTimeout> | undefined;
  #forgetTimer: ReturnType<typeof setTimeout> | undefined;
  /** The portal screen the portal was opened for in this visit: coming back to it keeps the page. */
  #openedFor: string | undefined;

  /**
   * `successPages`: the known pages that show a finished success. The portal screen gives the
   * bundled catalog's with `knowSuccessPages` (the catalog travels with it, not with the first screen).
   */
  constructor(kiosk: KioskApi, successPages?: ReadonlySet<string>) {
    this.#kiosk = kiosk;
    this.#successPages = successPages;
  }

  /** The known pages that show a finished success (`success: true` in the catalog). */
  knowSuccessPages(successPages: ReadonlySet<string>): void {
    this.#successPages = successPages;
  }

  /** Follows the portal's events; `followers` hear the visitor's activity and the time limit. */
  follow(followers: PortalFollowers): Unsubscribe {
    return this.#kiosk.on('portal', (event) => this.#apply(event, followers));
  }

  #apply(event: PortalEvent, followers: PortalFollowers): void {
    switch (event.type) {
      case 'loading':
        this.loading = event.loading;
        this.canGoBack = event.canGoBack;
        if (event.loading) this.failed = false;
        return;
      case 'blocked':
        this.blockedHost = event.host;
        return;
      case 'load-failed':
      case 'crashed':
        this.failed = true;
        this.loading = false;
        this.field = null;
        this.#recognised(null, null, true);
        return;
      case 'recognised':
        this.#recognised(event.page, event.field, false);
        return;
      case 'focus':
        this.#focus(event.field);
        // A field the keyboard can type into took focus: what was out of reach no longer matters.
        if (event.field !== null && this.notice === 'typing-unavailable') this.notice = undefined;
        return;
      case 'activity':
        followers.activity();
        return;
      case 'refused':
        this.notice = event.what;
        return;
      case 'typing-unavailable':
        this.notice = 'typing-unavailable';
        return;
      case 'time-limit':
        followers.timeLimit(event.secondsLeft);
        return;
    }
  }

  /**
   * Focus moving from one field to the next arrives as "no field" then "a field": the keyboard
   * waits a moment before going away, so it does not flicker between fields.
   */
  #focus(field: FieldKind | null): void {
    if (this.#blurTimer !== undefined) clearTimeout(this.#blurTimer);
    this.#blurTimer = undefined;
    if (field !== null) {
      this.field = field;
      this.keyboardHidden = false;
      return;
    }
    this.#blurTimer = setTimeout(() => {
      this.#blurTimer = undefined;
      this.field = null;
    }, keyboardLingerMs);
  }

  /** A known page shows (or none: forgotten after `pageForgetMs`, or at once when `now`). */
  #recognised(page: string | null, field: string | null, now: boolean): void {
    if (this.#forgetTimer !== undefined) clearTimeout(this.#forgetTimer);
    this.#forgetTimer = undefined;
    if (page !== null && !this.#pagesSeen.includes(page)) this.#pagesSeen.push(page);
    if (page !== null || now || this.page === null) {
      this.page = page;
      this.pageField = page === null ? null : field;
      return;
    }
    this.#forgetTimer = setTimeout(() => {
      this.#forgetTimer = undefined;
      this.page = null;
      this.pageField = null;
    }, pageForgetMs);
  }

  /** Opens the portal at `target` over `bounds`. */
  async open(target: PortalTarget, bounds: PortalBounds): Promise<void> {
    this.failed = false;
    this.blockedHost = undefined;
    this.notice = undefined;
    const result = await this.#kiosk.portalOpen({ target, bounds });
    this.unavailable = !result.ok;
  }

  /**
   * The portal screen `screen` shows: the first time in the visit (or after the portal could not
   * open) it opens `target`; coming back to it — after "Retour au guide", or after reading the
   * steps again — it only lays the portal over the placeholder again, on the page the visitor
   * left, never back at the start.
   */
  async enter(screen: string, target: PortalTarget, bounds: PortalBounds): Promise<void> {
    if (this.#openedFor === screen && !this.unavailable) {
      this.setBounds(bounds);
      return;
    }
    this.#openedFor = screen;
    await this.open(target, bounds);
  }

  /** Moves the portal over the placeholder. */
  setBounds(bounds: PortalBounds): void {
    void this.#kiosk.portalSetBounds(bounds);
  }

  /** Shows or hides the portal (it is hidden under every overlay and off the portal screen). */
  setVisible(visible: boolean): void {
    void this.#kiosk.portalSetVisible({ visible });
  }

  /** Back, reload or retry. */
  navigate(action: PortalNavigation): void {
    if (action !== 'back') this.failed = false;
    void this.#kiosk.portalNavigate({ action });
  }

  /** Types one key of the on-screen keyboard into the portal. */
  type(input: KeyboardInput): void {
    void this.#kiosk.portalType(input);
  }

  /** Closes the blocked-address notice; the portal is still on the page before the refused link. */
  dismissBlocked(): void {
    this.blockedHost = undefined;
  }

  /** Closes the notice beside the page. */
  dismissNotice(): void {
    this.notice = undefined;
  }

  /** Forgets everything of the visit's portal (the shell destroys the portal itself). */
  reset(): void {
    if (this.#blurTimer !== undefined) clearTimeout(this.#blurTimer);
    this.#blurTimer = undefined;
    if (this.#forgetTimer !== undefined) clearTimeout(this.#forgetTimer);
    this.#forgetTimer = undefined;
    this.#openedFor = undefined;
    this.#pagesSeen = [];
    this.page = null;
    this.pageField = null;
    this.loading = false;
    this.canGoBack = false;
    this.blockedHost = undefined;
    this.failed = false;
    this.field = null;
    this.keyboardHidden = false;
    this.unavailable = false;
    this.notice = undefined;
  }
}

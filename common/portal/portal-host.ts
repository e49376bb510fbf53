import type { Unsubscribe } from '../bridge/contract.ts';
import type {
  KeyboardInput,
  PortalBounds,
  PortalEvent,
  PortalNavigation,
  PortalOpenRequest,
  WipeReport,
} from './portal-types.ts';

/**
 * The controlled portal as a shell provides it: Electron's `WebContentsView` in a fresh in-memory
 * session per visitor, or the preview's iframe on the demo portal. One visitor at a time.
 */
export interface PortalHost {
  /** Opens (creating the visitor's portal if needed) the target address over the given bounds. */
  open(request: PortalOpenRequest): Promise<void>;
  /** Moves the portal over the placeholder (after a resize, or when the keyboard appears). */
  setBounds(bounds: PortalBounds): void;
  /** Shows or hides the portal without destroying it (e.g. "Retour au guide"). */
  setVisible(visible: boolean): void;
  /** Back, reload, or retry after a failure. */
  navigate(action: PortalNavigation): void;
  /** Types one on-screen keyboard action into the focused field. */
  type(input: KeyboardInput): void;
  /** Ends the visit: best-effort sign-out, then destroys the portal and everything it stored. */
  destroy(): Promise<WipeReport>;
  /** Follows the portal's events. */
  onEvent(listener: (event: PortalEvent) => void): Unsubscribe;
}

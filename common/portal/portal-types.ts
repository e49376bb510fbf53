/**
 * The controlled portal's vocabulary, shared by the Electron view (main), the browser preview's
 * iframe, and the renderer: what can be opened, where it is laid, what can be typed, and what the
 * portal reports back. Nothing here ever carries what a visitor typed or a page's content.
 */
import * as v from 'valibot';

/** The portal addresses the guide can open, keyed to the configuration's `addresses`. */
export const portalTargets = ['educonnect', 'entLogin', 'pronote'] as const;

/** A portal address the guide can open. */
export type PortalTarget = (typeof portalTargets)[number];

/** Largest coordinate accepted for a placeholder (a 16K display is 15360 px wide). */
export const maxPortalCoordinate = 16_384;

const coordinate = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(maxPortalCoordinate));
const length = v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(maxPortalCoordinate));

/** Schema of the placeholder rectangle the renderer measures, in CSS pixels of the host window. */
export const portalBoundsSchema = v.strictObject({ x: coordinate, y: coordinate, width: length, height: length });

/** Where the portal is laid over the host window. */
export type PortalBounds = v.InferOutput<typeof portalBoundsSchema>;

/** True when `bounds` lies entirely inside a window of the given size. */
export function boundsFitWindow(bounds: PortalBounds, window: { readonly width: number; readonly height: number }): boolean {
  return bounds.x + bounds.width <= window.width && bounds.y + bounds.height <= window.height;
}

/** Schema of a request to open the portal. */
export const portalOpenSchema = v.strictObject({ target: v.picklist(portalTargets), bounds: portalBoundsSchema });

/** A request to open the portal at a target, laid over the placeholder. */
export type PortalOpenRequest = v.InferOutput<typeof portalOpenSchema>;

/** The toolbar's portal actions. */
export const portalNavigations = ['back', 'reload', 'retry'] as const;

/** A toolbar action on the portal. */
export type PortalNavigation = (typeof portalNavigations)[number];

/** The editing keys the on-screen keyboard sends (characters go as text). */
export const portalEditingKeys = ['Backspace', 'Enter', 'Tab', 'ArrowLeft', 'ArrowRight'] as const;

/** One on-screen keyboard action: some characters, or an editing key. */
export const keyboardInputSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('text'), text: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
  v.strictObject({ kind: v.literal('key'), key: v.picklist(portalEditingKeys) }),
]);

/** One on-screen keyboard action. Never logged, never stored. */
export type KeyboardInput = v.InferOutput<typeof keyboardInputSchema>;

/** The kinds of field the keyboard adapts to. */
export const fieldKinds = ['text', 'email', 'tel', 'numeric', 'password', 'date'] as const;

/** The kind of field that has focus in the portal — never its value, name or label. */
export type FieldKind = (typeof fieldKinds)[number];

/**
 * What a portal page may not do on the kiosk, refused in the page itself: open the operating
 * system's file chooser (an `<input type=file>`), or its print dialog (`window.print()`).
 */
export const portalRefusals = ['file-upload', 'print'] as const;

/** Something a portal page tried that the kiosk refused. */
export type PortalRefusal = (typeof portalRefusals)[number];

/** What the portal reports to the renderer. */
export type PortalEvent =
  /** A page started or finished loading; whether "Retour" can go back within the portal. */
  | { readonly type: 'loading'; readonly loading: boolean; readonly canGoBack: boolean }
  /** A navigation outside the allow-list was refused; only the host is kept. */
  | { readonly type: 'blocked'; readonly host: string }
  /** The page could not be loaded (network, server); the renderer offers "Réessayer". */
  | { readonly type: 'load-failed' }
  /** The portal's page crashed or froze; the renderer offers "Réessayer". */
  | { readonly type: 'crashed' }
  /** A field took focus (its kind) or focus left every field (null). */
  | { readonly type: 'focus'; readonly field: FieldKind | null }
  /** The visitor touched the portal (throttled); no content. Synthetic page events never count. */
  | { readonly type: 'activity' }
  /** The page tried to open the file chooser or the print dialog; the kiosk refused it. */
  | { readonly type: 'refused'; readonly what: PortalRefusal }
  /**
   * Focus went into a frame of another site inside the page, which the on-screen keyboard cannot
   * type into; the renderer says so rather than let keys vanish.
   */
  | { readonly type: 'typing-unavailable' }
  /**
   * Which known page the portal shows (`portal-pages.json` id, null when none), and which of its
   * known fields has focus (its id within the page, or null). Ids only: never a text of the page.
   */
  | { readonly type: 'recognised'; readonly page: string | null; readonly field: string | null }
  /**
   * The visit reached the shell's maximum length, whatever the activity: `secondsLeft > 0` when
   * the final countdown starts (no "Je suis encore là"), `0` when the shell has ended the portal
   * and the visit must end.
   */
  | { readonly type: 'time-limit'; readonly secondsLeft: number };

/** One store cleared at the end of a visit, and how long it took. */
export interface WipeStep {
  readonly store: string;
  readonly ok: boolean;
  readonly ms: number;
}

/** What the end of a visit cleared — names and timings only, never data. */
export interface WipeReport {
  readonly steps: readonly WipeStep[];
  readonly totalMs: number;
}

/**
 * The kiosk's boot order and the state it builds. Each step receives only the parts created
 * before it and returns its own; the boot state is complete once every step has run, and no part
 * is ever filled in later. The order is the one Electron requires:
 *
 * - the single-instance lock first: a second kiosk quits before it sets anything up;
 * - the privileged schemes, only possible before the app is ready;
 * - the app-wide hardening, whose `web-contents-created` hook must precede every window (Electron
 *   fires it inside `new BrowserWindow()`, before the constructor returns);
 * - once ready: the settings, then the `app://` protocol, then the host window (its page not yet
 *   loaded), the portal laid over it, the services, the bridge and the maintenance;
 * - the host page loads last, once every handler it may call is registered.
 *
 * Electron stays out of this module: the steps are injected, so the order is tested with fakes.
 */

/** What each step creates: one type per part of the boot state. */
export interface BootPartTypes {
  /** The app-wide hardening set up before ready (what later steps add to it). */
  readonly hardening: unknown;
  /** Configuration, guide and lifecycle, once the app is ready. */
  readonly settings: unknown;
  /** The host window, created but not yet showing its page. */
  readonly host: unknown;
  /** The visitor portal, laid over the host window. */
  readonly portal: unknown;
  /** What the bridge handlers call: printing, staff, self-test, shell events. */
  readonly services: unknown;
  /** The bridge and the portal channels, registered. */
  readonly bridge: unknown;
}

/** Everything the boot created. */
export interface BootState<T extends BootPartTypes> {
  readonly hardening: T['hardening'];
  readonly settings: T['settings'];
  readonly host: T['host'];
  readonly portal: T['portal'];
  readonly services: T['services'];
  readonly bridge: T['bridge'];
}

/** The parts of the boot state named by `K`: what a step may read. */
export type BootParts<T extends BootPartTypes, K extends keyof BootState<T>> = Readonly<Pick<BootState<T>, K>>;

/** The steps of the boot, in the order `bootKiosk` calls them. */
export interface BootSteps<T extends BootPartTypes> {
  /** Takes the single-instance lock; false when another kiosk holds it. */
  readonly takeSingleInstanceLock: () => boolean;
  /** Quits this instance, when another kiosk holds the lock. */
  readonly quit: () => void;
  /** Declares the app's privileged schemes (Electron accepts them only before ready). */
  readonly registerSchemes: () => void;
  /** The app-wide hardening, among it the `web-contents-created` hook every window must meet. */
  readonly hardenApp: () => T['hardening'];
  /** Resolves once Electron is ready. */
  readonly whenReady: () => Promise<void>;
  /** Locks the sessions down, loads the configuration and the guide. */
  readonly loadSettings: (parts: BootParts<T, 'hardening'>) => Promise<T['settings']>;
  /** Serves the built renderer on `app://`, before any window can request it. */
  readonly handleProtocol: (parts: BootParts<T, 'hardening' | 'settings'>) => void;
  /** Creates the host window, hidden, without loading its page. */
  readonly createHostWindow: (parts: BootParts<T, 'hardening' | 'settings'>) => T['host'];
  /** Creates the visitor portal over the host window. */
  readonly createPortal: (parts: BootParts<T, 'hardening' | 'settings' | 'host'>) => T['portal'];
  /** Sets up printing, the self-test, staff mode and the shell events. */
  readonly setupServices: (parts: BootParts<T, 'hardening' | 'settings' | 'host' | 'portal'>) => Promise<T['services']>;
  /** Registers the bridge and the portal's channels. */
  readonly registerBridge: (parts: BootParts<T, 'hardening' | 'settings' | 'host' | 'portal' | 'services'>) => T['bridge'];
  /** Keeps the display awake and schedules the daily restart. */
  readonly startMaintenance: (state: BootState<T>) => void;
  /** Loads the host window's page: from now on it calls the bridge. */
  readonly loadHostPage: (state: BootState<T>) => void;
}

/**
 * Runs the boot steps in order and returns the complete boot state, or undefined when another
 * kiosk holds the single-instance lock (this one quits then, having set nothing up).
 */
export async function bootKiosk<T extends BootPartTypes>(steps: BootSteps<T>): Promise<BootState<T> | undefined> {
  if (!steps.takeSingleInstanceLock()) {
    steps.quit();
    return undefined;
  }
  steps.registerSchemes();
  const hardening = steps.hardenApp();
  await steps.whenReady();
  const settings = await steps.loadSettings(Object.freeze({ hardening }));
  steps.handleProtocol(Object.freeze({ hardening, settings }));
  const host = steps.createHostWindow(Object.freeze({ hardening, settings }));
  const portal = steps.createPortal(Object.freeze({ hardening, settings, host }));
  const services = await steps.setupServices(Object.freeze({ hardening, settings, host, portal }));
  const bridge = steps.registerBridge(Object.freeze({ hardening, settings, host, portal, services }));
  const state: BootState<T> = Object.freeze({ hardening, settings, host, portal, services, bridge });
  steps.startMaintenance(state);
  steps.loadHostPage(state);
  return state;
}

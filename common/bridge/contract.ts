/**
 * The one contract of the bridge between the kiosk shell (Electron main, or the browser preview)
 * and the renderer. Both the preload object and the renderer's `window.kiosk` type derive from it.
 * To add a method: add its payload schema to `kioskMethodRequests` and its response type to
 * `KioskMethodResponses`; the compiler then asks for a handler in every shell.
 */
import * as v from 'valibot';
import type { AppInfo } from './app-info.ts';
import type { ConfigSnapshot } from '../config/config-snapshot.ts';
import type { LanguageTexts } from '../guide/language-fallback.ts';
import { supportedLanguages } from '../guide/languages.ts';
import type { GuideSnapshot } from '../guide/load-guide.ts';
import {
  keyboardInputSchema,
  portalBoundsSchema,
  portalNavigations,
  portalOpenSchema,
  type PortalEvent,
  type WipeReport,
} from '../portal/portal-types.ts';
import type { BridgeResult } from './result.ts';
import { printSlipRequestSchema, type PrintResult } from '../slip/slip-bridge.ts';
import type { StaffUnlockResult } from '../staff/staff-requests.ts';
import { staffSetModeRequestSchema, staffUnlockRequestSchema } from '../staff/staff-requests.ts';
import type { StaffActionResult, StaffConfigReload, StaffEvent, StaffHealth, StaffStatistics } from '../staff/staff-bridge.ts';
import type { SelfTestReport } from '../self-test/self-test-report.ts';
import { visitorStatisticEventSchema } from '../statistics/statistic-events.ts';

/** Payload schema of each method. Every payload is validated against it before a handler runs. */
export const kioskMethodRequests = {
  /** The validated configuration snapshot. */
  getConfig: v.undefined(),
  /** Product name, version, shell and mode. */
  getAppInfo: v.undefined(),
  /** The validated guide (graph and French texts), or the bundled one with the problems found. */
  getGuide: v.undefined(),
  /** One language's texts, completed from the French where the file has gaps (loaded when chosen). */
  getGuideTexts: v.strictObject({ language: v.picklist(supportedLanguages) }),
  /** Opens the visitor's portal at a target address, laid over the renderer's placeholder. */
  portalOpen: portalOpenSchema,
  /** Moves the portal over the placeholder (resize, keyboard shown or hidden). */
  portalSetBounds: portalBoundsSchema,
  /** Shows or hides the portal without closing it (overlays, "Retour au guide"). */
  portalSetVisible: v.strictObject({ visible: v.boolean() }),
  /** Back, reload, or retry after a failure. */
  portalNavigate: v.strictObject({ action: v.picklist(portalNavigations) }),
  /** Types one on-screen keyboard action into the portal's focused field. Never logged. */
  portalType: keyboardInputSchema,
  /** Ends the visit: signs out, destroys the portal and its session; returns what was cleared. */
  endVisit: v.undefined(),
  /**
   * Prints the visitor's recap slip: the shell checks the path against the guide and builds the
   * slip itself (never HTML from the renderer). One job at a time, at most 3 per visit.
   */
  printSlip: printSlipRequestSchema,
  /** Checks a PIN typed on the staff pad (never logged); opens the staff session when right. */
  staffUnlock: staffUnlockRequestSchema,
  /** Staff touched the staff screen: keeps the session open (2 minutes without a touch close it). */
  staffTouch: v.undefined(),
  /** "Quitter le mode personnel": closes the staff session. */
  staffLeave: v.undefined(),
  /** Switches the mode (public, staff desk, demonstration) until the next restart or reload. Staff only. */
  staffSetMode: staffSetModeRequestSchema,
  /** Portal reachable, printers, configuration and guide problems, language reviews, version, mode. Staff only. */
  getStaffHealth: v.undefined(),
  /** The anonymous counters of the last 7 and 30 days. Staff only. */
  getStatistics: v.undefined(),
  /** Writes the statistics as CSV into the configured export folder. Staff only. */
  exportStatistics: v.undefined(),
  /** Ends the current visitor (the renderer gets a `staff` event). Staff only. */
  staffEndVisit: v.undefined(),
  /** Reads the configuration file again. Staff only. */
  reloadConfig: v.undefined(),
  /** Restarts the kiosk. Staff only. */
  restartKiosk: v.undefined(),
  /** Quits the kiosk (the only way out in kiosk mode). Staff only. */
  quitKiosk: v.undefined(),
  /**
   * Starts the kiosk's self-test in the background and answers at once (it takes a few minutes and
   * reloads the kiosk's page). Staff only; refused, with a French message, unless the attract
   * screen is showing (no visit in progress) and no self-test is running.
   */
  runSelfTest: v.undefined(),
  /** The last self-test report, or null when none has run since the kiosk started. Staff only. */
  getSelfTestReport: v.undefined(),
  /** Counts one anonymous event of the visit (no identifier, no time, nothing typed). */
  recordStatistic: visitorStatisticEventSchema,
} as const satisfies Record<string, v.GenericSchema>;

/** Response type of each method. */
export interface KioskMethodResponses {
  getConfig: ConfigSnapshot;
  getAppInfo: AppInfo;
  getGuide: GuideSnapshot;
  getGuideTexts: LanguageTexts;
  portalOpen: null;
  portalSetBounds: null;
  portalSetVisible: null;
  portalNavigate: null;
  portalType: null;
  endVisit: WipeReport;
  printSlip: PrintResult;
  staffUnlock: StaffUnlockResult;
  staffTouch: null;
  staffLeave: null;
  staffSetMode: null;
  getStaffHealth: StaffHealth;
  getStatistics: StaffStatistics;
  exportStatistics: StaffActionResult;
  staffEndVisit: null;
  reloadConfig: StaffConfigReload;
  restartKiosk: StaffActionResult;
  quitKiosk: StaffActionResult;
  runSelfTest: StaffActionResult;
  getSelfTestReport: SelfTestReport | null;
  recordStatistic: null;
}

/** The name of a bridge method. */
export type KioskMethodName = keyof typeof kioskMethodRequests & keyof KioskMethodResponses;

/** The payload a method takes, as its schema outputs it. */
export type KioskMethodRequest<M extends KioskMethodName> = v.InferOutput<(typeof kioskMethodRequests)[M]>;

/** Events the shell pushes to the renderer, by name, with their payload. */
export interface KioskEvents {
  /** The configuration was reloaded; the renderer should use the new snapshot. */
  configChanged: ConfigSnapshot;
  /** What the visitor's portal reports: loading, blocked host, failure, focused field kind, activity. */
  portal: PortalEvent;
  /** The mode changed (staff switched it, or the configuration was reloaded). */
  appInfoChanged: AppInfo;
  /** Staff mode: end the current visitor, or the staff session closed on its own. */
  staff: StaffEvent;
}

/** The name of a shell event. */
export type KioskEventName = keyof KioskEvents;

/** Every event name, for the preload to check what it forwards. */
export const kioskEventNames = ['configChanged', 'portal', 'appInfoChanged', 'staff'] as const satisfies readonly KioskEventName[];

/** Removes a subscription. */
export type Unsubscribe = () => void;

type MethodArgs<M extends KioskMethodName> = undefined extends KioskMethodRequest<M>
  ? []
  : [payload: KioskMethodRequest<M>];

/** The API the renderer sees as `window.kiosk`: one function per method, plus `on` for events. */
export type KioskApi = {
  readonly [M in KioskMethodName]: (...args: MethodArgs<M>) => Promise<BridgeResult<KioskMethodResponses[M]>>;
} & {
  /** Subscribes to a shell event; returns the function that unsubscribes. */
  readonly on: <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => Unsubscribe;
};

/** The IPC channel every method call travels on, as `{ method, payload }`. */
export const invokeChannel = 'kiosk:invoke';

/** The IPC channel every event travels on, as `{ event, payload }`. */
export const eventChannel = 'kiosk:event';

/** Every method name, in contract order. */
export const kioskMethodNames = Object.keys(kioskMethodRequests) as KioskMethodName[];

/** True when `name` is a method of the contract. */
export function isKioskMethodName(name: unknown): name is KioskMethodName {
  return typeof name === 'string' && Object.hasOwn(kioskMethodRequests, name);
}

/** True when `name` is an event of the contract. */
export function isKioskEventName(name: unknown): name is KioskEventName {
  return typeof name === 'string' && (kioskEventNames as readonly string[]).includes(name);
}

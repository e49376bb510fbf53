/**
 * What most checks do: call the bridge from the host page as the renderer does, open a visitor's
 * portal on a demo page, end the visit, wait for the attract screen, and bring the kiosk back to
 * that state between checks.
 */
import type { KioskMethodName, KioskMethodRequest, KioskMethodResponses } from '../../../common/bridge/contract.ts';
import type { BridgeResult } from '../../../common/bridge/result.ts';
import type { WipeReport } from '../../../common/portal/portal-types.ts';
import { demoPages, demoPortalHost } from './demo-portal-pages.ts';
import { hostScripts } from './page-scripts.ts';
import type { SelfTestContext } from './self-test-check.ts';
import type { SelfTestKiosk } from './self-test-kiosk.ts';
import { waitFor, within } from './wait.ts';

/** A step of a check could not be done; the message says which, in French, for the report. */
export class SelfTestProblem extends Error {
  override readonly name = 'SelfTestProblem';
}

/** How long the kiosk may take to show its attract screen again (a reload, an end of visit). */
export const attractBudgetMs = 15_000;

/** Calls a bridge method from the host page, as the renderer does. */
export async function callBridge<M extends KioskMethodName>(
  kiosk: SelfTestKiosk,
  method: M,
  ...payload: undefined extends KioskMethodRequest<M> ? [] : [KioskMethodRequest<M>]
): Promise<BridgeResult<KioskMethodResponses[M]>> {
  return (await kiosk.host.evaluate(hostScripts.callBridge(method, payload[0]))) as BridgeResult<KioskMethodResponses[M]>;
}

/** True when the host page shows the attract screen (false when it does not answer within 2 s). */
export async function onAttractScreen(kiosk: SelfTestKiosk): Promise<boolean> {
  const answer = await within(kiosk.host.evaluate(hostScripts.screen()), 2_000, kiosk.clock);
  return answer !== undefined && answer.value.attract && answer.value.ready;
}

/** Waits for the attract screen; how long it took, or undefined when it did not come in time. */
export async function waitForAttract(context: SelfTestContext, timeoutMs = attractBudgetMs): Promise<number | undefined> {
  const { clock } = context.kiosk;
  const start = clock.now();
  const shown = await waitFor(() => onAttractScreen(context.kiosk), { clock, signal: context.signal, timeoutMs });
  return shown === true ? clock.now() - start : undefined;
}

/** The portal laid over the whole host window. */
export function fullWindowBounds(kiosk: SelfTestKiosk): { x: number; y: number; width: number; height: number } {
  const { width, height } = kiosk.host.contentSize();
  return { x: 0, y: 0, width: Math.max(1, width), height: Math.max(1, height) };
}

/**
 * Opens a visitor's portal through the bridge (`portalOpen`, as the guide does), waits for it to
 * reach the demo portal, then loads `page` in it when given.
 */
export async function openVisit(context: SelfTestContext, page?: string): Promise<void> {
  const { kiosk, signal } = context;
  const opened = await callBridge(kiosk, 'portalOpen', { target: 'educonnect', bounds: fullWindowBounds(kiosk) });
  if (!opened.ok) throw new SelfTestProblem(`le portail ne s’ouvre pas (${opened.error.code})`);
  const reached = await waitFor(
    () => {
      const url = kiosk.portal.url();
      return kiosk.portal.isOpen() && url !== undefined && hostOfUrl(url) === demoPortalHost;
    },
    { clock: kiosk.clock, signal, timeoutMs: 10_000 },
  );
  if (reached !== true) throw new SelfTestProblem('le portail ne montre pas le portail de démonstration (mode démonstration\u202F?)');
  if (page !== undefined) await loadPage(kiosk, page);
}

/** Loads a demo page in the portal; a failed load is a problem of the check. */
export async function loadPage(kiosk: SelfTestKiosk, page: string): Promise<void> {
  try {
    await kiosk.portal.load(page);
  } catch {
    throw new SelfTestProblem(`la page de démonstration ${page.split('/').at(-1) ?? ''} ne se charge pas`);
  }
}

/** What ending a visit through the bridge gave. */
export interface EndedVisit {
  /** The wipe report, or undefined when `endVisit` failed. */
  readonly report: WipeReport | undefined;
  /** From the call to its answer. */
  readonly ms: number;
}

/** Ends the visit as "Terminer" does (`endVisit` through the bridge). */
export async function endVisit(kiosk: SelfTestKiosk): Promise<EndedVisit> {
  const start = kiosk.clock.now();
  const ended = await callBridge(kiosk, 'endVisit');
  return { report: ended.ok ? ended.value : undefined, ms: kiosk.clock.now() - start };
}

/** The host of an address, or undefined. */
export function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Brings the kiosk back to its resting state after a check: no visitor portal, the attract
 * screen. Ends an open portal through the bridge; reloads the host page when it is elsewhere
 * (a visit the renderer started, a countdown).
 */
export async function settleKiosk(context: SelfTestContext): Promise<void> {
  const { kiosk } = context;
  if (kiosk.portal.isOpen()) await endVisit(kiosk).catch(() => undefined);
  if (await onAttractScreen(kiosk)) return;
  const shown = await waitFor(() => onAttractScreen(kiosk), { clock: kiosk.clock, signal: context.signal, timeoutMs: 2_000 });
  if (shown === true) return;
  kiosk.host.reloadKioskPage();
  await waitForAttract(context);
  if (kiosk.portal.isOpen()) await endVisit(kiosk).catch(() => undefined);
}

/** One short simulated visit: the portal opened, the demo home page loaded (it writes in every store), the visit ended. */
export async function shortVisit(context: SelfTestContext): Promise<{ readonly ms: number; readonly wiped: boolean }> {
  const { kiosk } = context;
  const start = kiosk.clock.now();
  await openVisit(context, demoPages.home);
  const ended = await endVisit(kiosk);
  return { ms: kiosk.clock.now() - start, wiped: ended.report !== undefined && !kiosk.portal.isOpen() };
}

/**
 * Crash and hang recovery: the host page's renderer crashed, the portal page's renderer crashed,
 * and the portal page hung (an endless script). Each must end on the attract screen, with no
 * visitor portal left, within the recovery budget, and leave a line in the référent's log.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { hostScripts, portalScripts } from '../page-scripts.ts';
import { frenchList, outcome, seconds, type SelfTestCheck, type SelfTestContext } from '../self-test-check.ts';
import { errorReason } from '../run-self-test.ts';
import { endVisit, onAttractScreen, openVisit } from '../visits.ts';
import { pause, waitFor, within } from '../wait.ts';

/** How one fault ended. */
export interface Recovery {
  /** From the fault to the attract screen with no portal; undefined when not within the budget. */
  readonly recoveredMs: number | undefined;
  /** The expected line is in the log written since the fault. */
  readonly logged: boolean;
  /** Why this part could not be done (an earlier fault left the kiosk unusable…). */
  readonly error?: string;
}

/** What the check saw. */
export interface CrashRecoveryObservation {
  readonly hostCrash: Recovery;
  readonly portalCrash: Recovery & { readonly crashReported: boolean };
  readonly portalHang: Recovery & { readonly hostResponsive: boolean };
}

/** The recovery budget. */
export const recoveryBudgetMs = 15_000;

/** The log lines each recovery writes (`renderer-recovery.ts`, `portal-page-events.ts`, `portal-wipe.ts`). */
export const recoveryLogLines = {
  hostCrash: 'renderer: process gone',
  portalCrash: 'portal: the page\'s renderer is gone',
  portalHang: 'portal: visit wiped',
} as const;

async function logSince(context: SelfTestContext, mark: number): Promise<string> {
  const log = await context.kiosk.readLog();
  return log.length >= mark ? log.slice(mark) : log;
}

/** Waits until the attract screen shows with no portal, from `start`; the time taken, or undefined. */
async function recovered(context: SelfTestContext, start: number, extra?: () => Promise<boolean>): Promise<number | undefined> {
  const { kiosk } = context;
  const done = await waitFor(
    async () => !kiosk.portal.isOpen() && (await onAttractScreen(kiosk)) && (extra === undefined || (await extra())),
    { clock: kiosk.clock, signal: context.signal, timeoutMs: Math.max(0, recoveryBudgetMs - (kiosk.clock.now() - start)) },
  );
  return done === true ? Math.round(kiosk.clock.now() - start) : undefined;
}

async function hostCrash(context: SelfTestContext): Promise<Recovery> {
  const { kiosk } = context;
  const token = `crash-${String(Math.round(kiosk.clock.now()))}`;
  await kiosk.host.evaluate(hostScripts.setMarker(token));
  const mark = (await kiosk.readLog()).length;
  const start = kiosk.clock.now();
  kiosk.host.crash();
  // A fresh page has lost the marker: the old page answering before it died does not count.
  const recoveredMs = await recovered(context, start, async () => (await kiosk.host.evaluate(hostScripts.readMarker())) !== token);
  return { recoveredMs, logged: (await logSince(context, mark)).includes(recoveryLogLines.hostCrash) };
}

async function portalCrash(context: SelfTestContext): Promise<CrashRecoveryObservation['portalCrash']> {
  const { kiosk } = context;
  await openVisit(context, demoPages.state);
  const watch = kiosk.portal.watch();
  const mark = (await kiosk.readLog()).length;
  const start = kiosk.clock.now();
  kiosk.portal.crash();
  const crashReported = (await waitFor(() => watch.events().some((event) => event.type === 'crashed'), { clock: kiosk.clock, signal: context.signal, timeoutMs: 5_000 })) === true;
  watch.stop();
  // The visitor (or the idle timeout) then ends the visit: «Terminer».
  await within(endVisit(kiosk), recoveryBudgetMs, kiosk.clock);
  const recoveredMs = await recovered(context, start);
  return { crashReported, recoveredMs, logged: (await logSince(context, mark)).includes(recoveryLogLines.portalCrash) };
}

async function portalHang(context: SelfTestContext): Promise<CrashRecoveryObservation['portalHang']> {
  const { kiosk } = context;
  await openVisit(context, demoPages.state);
  const mark = (await kiosk.readLog()).length;
  kiosk.portal.evaluate(portalScripts.hang()).catch(() => undefined);
  await pause(kiosk.clock, 500, context.signal);
  const hostResponsive = (await within(kiosk.host.evaluate(hostScripts.screen()), 2_000, kiosk.clock)) !== undefined;
  const start = kiosk.clock.now();
  await within(endVisit(kiosk), recoveryBudgetMs, kiosk.clock);
  const recoveredMs = await recovered(context, start);
  return { hostResponsive, recoveredMs, logged: (await logSince(context, mark)).includes(recoveryLogLines.portalHang) };
}

/** Runs one part; a part that cannot be done is reported as not recovered, with why. */
async function part<R extends Recovery>(attempt: () => Promise<R>, unable: Omit<R, keyof Recovery>): Promise<R> {
  try {
    return await attempt();
  } catch (error) {
    return { ...unable, recoveredMs: undefined, logged: false, error: errorReason(error) } as R;
  }
}

function describe(name: string, recovery: Recovery): string | undefined {
  if (recovery.error !== undefined) return `${name}\u202F: essai impossible (${recovery.error})`;
  if (recovery.recoveredMs === undefined) return `${name}\u202F: pas revenue à l’écran d’accueil en ${seconds(recoveryBudgetMs)}`;
  if (!recovery.logged) return `${name}\u202F: aucune ligne au journal`;
  return undefined;
}

/** The crash recovery check. */
export const crashRecoveryCheck: SelfTestCheck<CrashRecoveryObservation> = {
  ...selfTestCheckInfo('crash-recovery'),
  timeoutMs: 2 * 60_000,
  run: async (context) => ({
    hostCrash: await part(() => hostCrash(context), {}),
    portalCrash: await part(() => portalCrash(context), { crashReported: false }),
    portalHang: await part(() => portalHang(context), { hostResponsive: false }),
  }),
  verdict: (observation) => {
    const problems = [
      describe('plantage de la page de la borne', observation.hostCrash),
      describe('plantage du portail', observation.portalCrash),
      observation.portalCrash.crashReported || observation.portalCrash.error !== undefined ? undefined : 'plantage du portail\u202F: l’écran de la borne n’en a pas été averti',
      describe('portail bloqué', observation.portalHang),
      observation.portalHang.hostResponsive || observation.portalHang.error !== undefined ? undefined : 'portail bloqué\u202F: la page de la borne ne répondait plus non plus',
    ].filter((problem) => problem !== undefined);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const times = [observation.hostCrash, observation.portalCrash, observation.portalHang].map((recovery) => seconds(recovery.recoveredMs ?? 0));
    return outcome.passed(`retour à l’écran d’accueil en ${frenchList(times)} (budget ${seconds(recoveryBudgetMs)}), chaque fois noté au journal`);
  },
  figures: (observation) => {
    const figures: Record<string, number> = {};
    if (observation.hostCrash.recoveredMs !== undefined) figures.hostCrashRecoveryMs = observation.hostCrash.recoveredMs;
    if (observation.portalCrash.recoveredMs !== undefined) figures.portalCrashRecoveryMs = observation.portalCrash.recoveredMs;
    if (observation.portalHang.recoveredMs !== undefined) figures.portalHangRecoveryMs = observation.portalHang.recoveredMs;
    return figures;
  },
};

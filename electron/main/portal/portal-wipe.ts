import type { WipeReport, WipeStep } from '../../../common/portal/portal-types.ts';
import type { Logger } from '../log.ts';
import type { PortalSession, PortalTimers, PortalView, PortalWindow } from './portal-view.ts';
import { timeBox } from './time-box.ts';

/** How long each part of the end of a visit may take. */
export interface PortalWipeLimits {
  /** The best-effort sign-out (loading the logout address): 2 s at most. */
  readonly signOutMs: number;
  /** Each other step (removing the view, closing it, each clearing of the session). */
  readonly stepMs: number;
}

/** The limits used unless told otherwise. */
export const defaultWipeLimits: PortalWipeLimits = { signOutMs: 2_000, stepMs: 2_000 };

/** What the end of a visit works on. */
export interface PortalWipeTarget<V extends PortalView> {
  readonly view: V;
  readonly window: PortalWindow<V>;
  /** The EduConnect logout address, loaded in the visitor's session; undefined skips sign-out. */
  readonly logoutUrl: string | undefined;
}

/** Runs one time-boxed step and records it; failures never stop the steps after it. */
type StepRunner = (store: string, step: () => unknown, ms: number) => Promise<void>;

function stepRunner(steps: WipeStep[], timers: PortalTimers, log: Logger): StepRunner {
  return async (store, step, ms) => {
    const stepStart = timers.now();
    const outcome = await timeBox(step, ms, timers);
    if (outcome !== 'done') log.warn(`portal: wipe step ${store} ${outcome}`);
    steps.push({ store, ok: outcome === 'done', ms: timers.now() - stepStart });
  };
}

/**
 * Clears everything a session holds, in order and each step time-boxed: storage (cookies, local
 * and session storage, IndexedDB, service workers…), browsing data, the HTTP authentication cache,
 * the host resolver cache, open connections, the HTTP cache and the code caches. Used at the end of
 * every visit, and again before a pooled session is reused when its last clearing did not finish.
 */
export async function clearPortalSession(session: PortalSession, limits: PortalWipeLimits, timers: PortalTimers, log: Logger): Promise<WipeStep[]> {
  const steps: WipeStep[] = [];
  const run = stepRunner(steps, timers, log);
  await run('storage', () => session.clearStorageData(), limits.stepMs);
  await run('browsing-data', () => session.clearData(), limits.stepMs);
  await run('auth-cache', () => session.clearAuthCache(), limits.stepMs);
  await run('host-resolver-cache', () => session.clearHostResolverCache(), limits.stepMs);
  await run('connections', () => session.closeAllConnections(), limits.stepMs);
  await run('cache', () => session.clearCache(), limits.stepMs);
  await run('code-caches', () => session.clearCodeCaches({}), limits.stepMs);
  return steps;
}

/**
 * Ends a visit, in order and time-boxed: best-effort sign-out in the visitor's session, remove the
 * view, close its web contents, then clear the session (`clearPortalSession`). Each step has its
 * own timeout and failures do not stop later steps, so a frozen or broken portal never blocks the
 * end. The report names the steps and their timings — never data.
 */
export async function wipePortal<V extends PortalView>(
  target: PortalWipeTarget<V>,
  limits: PortalWipeLimits,
  timers: PortalTimers,
  log: Logger,
): Promise<WipeReport> {
  const { view, window, logoutUrl } = target;
  const { webContents: contents, session } = view;
  const start = timers.now();
  const steps: WipeStep[] = [];
  const run = stepRunner(steps, timers, log);

  if (logoutUrl !== undefined) {
    await run('sign-out', () => (contents.isDestroyed() ? Promise.reject(new Error('destroyed')) : contents.loadURL(logoutUrl)), limits.signOutMs);
  }
  await run('view', () => window.removeView(view), limits.stepMs);
  await run('web-contents', () => (contents.isDestroyed() ? undefined : contents.close()), limits.stepMs);
  steps.push(...(await clearPortalSession(session, limits, timers, log)));

  const report: WipeReport = { steps, totalMs: timers.now() - start };
  const failed = steps.filter((step) => !step.ok).map((step) => step.store);
  log.info(`portal: visit wiped in ${String(Math.round(report.totalMs))} ms${failed.length > 0 ? ` (not done: ${failed.join(', ')})` : ''}`);
  return report;
}

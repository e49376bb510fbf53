/**
 * The self-test runner: the checks in order, each time-boxed (a hung check fails with «délai
 * dépassé» and the next one still runs) and guarded (an exception fails the check with its
 * message only), the kiosk brought back to the attract screen after each, and the report built.
 */
import { collectFigures, summarizeChecks, type SelfTestCheckResult, type SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import type { Logger } from '../log.ts';
import { seconds, type CheckConclusion, type RunnableCheck, type SelfTestContext, type SelfTestEnvironment } from './self-test-check.ts';
import type { SelfTestKiosk } from './self-test-kiosk.ts';
import { SelfTestAborted } from './wait.ts';

/** Timers for time-boxing (injected so tests control them). */
export interface RunnerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a run needs. */
export interface SelfTestRunDeps {
  readonly checks: readonly RunnableCheck[];
  readonly kiosk: SelfTestKiosk;
  readonly environment: SelfTestEnvironment;
  /** `app.getVersion()`. */
  readonly version: string;
  /** `process.versions.electron`. */
  readonly electronVersion: string | null;
  /** Brings the kiosk back to its resting state after each check (`settleKiosk`). */
  readonly settle: (context: SelfTestContext) => Promise<void>;
  /** The longest `settle` may take. */
  readonly settleTimeoutMs?: number;
  readonly log: Logger;
  /** Told each check's result as soon as it is known (progress). */
  readonly onCheck?: (result: SelfTestCheckResult) => void;
  readonly timers?: RunnerTimers;
}

/** The longest a reason coming from an error message may be. */
const maxErrorReasonLength = 200;

/** The reason of a check that threw: its message only (one line, cut), never a stack. */
export function errorReason(error: unknown): string {
  if (error instanceof SelfTestAborted) return 'délai dépassé';
  const message = error instanceof Error ? error.message : 'erreur inconnue';
  const line = message.replace(/\s+/g, ' ').trim();
  const cut = line.length > maxErrorReasonLength ? `${line.slice(0, maxErrorReasonLength - 1)}…` : line;
  return `erreur\u202F: ${cut === '' ? (error instanceof Error ? error.name : 'inconnue') : cut}`;
}

const systemTimers: RunnerTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Boxed = { readonly kind: 'done'; readonly conclusion: CheckConclusion } | { readonly kind: 'threw'; readonly error: unknown } | { readonly kind: 'timed-out' };

/** Runs `step` for at most `ms`, aborting `controller` when the time is up. Never rejects. */
function timeBoxed<T>(step: () => Promise<T>, ms: number, controller: AbortController, timers: RunnerTimers): Promise<{ kind: 'value'; value: T } | { kind: 'threw'; error: unknown } | { kind: 'timed-out' }> {
  return new Promise((resolve) => {
    let over = false;
    const finish = (result: { kind: 'value'; value: T } | { kind: 'threw'; error: unknown } | { kind: 'timed-out' }): void => {
      if (over) return;
      over = true;
      timers.clearTimeout(handle);
      resolve(result);
    };
    const handle = timers.setTimeout(() => {
      controller.abort();
      finish({ kind: 'timed-out' });
    }, ms);
    let started: Promise<T>;
    try {
      started = step();
    } catch (error) {
      finish({ kind: 'threw', error });
      return;
    }
    started.then(
      (value) => finish({ kind: 'value', value }),
      (error: unknown) => finish({ kind: 'threw', error }),
    );
  });
}

/** Runs one check: skipped, time-boxed, guarded. */
async function runOne(check: RunnableCheck, deps: SelfTestRunDeps, timers: RunnerTimers): Promise<SelfTestCheckResult> {
  const { kiosk, environment } = deps;
  const base = { id: check.id, title: check.title, description: check.description };
  const skip = check.skipReason(environment);
  if (skip !== undefined) return { ...base, verdict: 'skipped', reason: skip, ms: 0 };
  const controller = new AbortController();
  const start = kiosk.clock.now();
  const boxed = await timeBoxed(() => check.execute({ kiosk, environment, signal: controller.signal }), check.timeoutMs, controller, timers);
  const ms = Math.round(kiosk.clock.now() - start);
  const result: Boxed = boxed.kind === 'value' ? { kind: 'done', conclusion: boxed.value } : boxed;
  switch (result.kind) {
    case 'timed-out':
      return { ...base, verdict: 'failed', reason: `délai dépassé (${seconds(check.timeoutMs)})`, ms };
    case 'threw':
      return { ...base, verdict: 'failed', reason: errorReason(result.error), ms };
    case 'done': {
      const { outcome, figures } = result.conclusion;
      return { ...base, verdict: outcome.verdict, reason: outcome.reason, ms, ...(figures === undefined ? {} : { figures }) };
    }
  }
}

/** Runs every check in order and builds the report. Never rejects. */
export async function runSelfTest(deps: SelfTestRunDeps): Promise<SelfTestReport> {
  const timers = deps.timers ?? systemTimers;
  const { kiosk, log } = deps;
  const startedAt = kiosk.clock.wall().toISOString();
  const checks: SelfTestCheckResult[] = [];
  log.info(`self-test: started (${String(deps.checks.length)} checks)`);
  for (const check of deps.checks) {
    const result = await runOne(check, deps, timers);
    checks.push(result);
    log.info(`self-test: ${check.id} ${result.verdict} in ${String(result.ms)} ms`);
    deps.onCheck?.(result);
    if (result.verdict === 'skipped' && result.ms === 0) continue;
    const controller = new AbortController();
    const settled = await timeBoxed(
      () => deps.settle({ kiosk, environment: deps.environment, signal: controller.signal }),
      deps.settleTimeoutMs ?? 30_000,
      controller,
      timers,
    );
    if (settled.kind !== 'value') log.warn(`self-test: the kiosk did not settle after ${check.id}`);
  }
  const summary = summarizeChecks(checks);
  log.info(`self-test: finished (${String(summary.passed)} passed, ${String(summary.failed)} failed, ${String(summary.skipped)} skipped)`);
  return {
    startedAt,
    finishedAt: kiosk.clock.wall().toISOString(),
    version: deps.version,
    platform: deps.environment.platform,
    packaged: deps.environment.packaged,
    electronVersion: deps.electronVersion,
    checks,
    summary,
    figures: collectFigures(checks),
  };
}

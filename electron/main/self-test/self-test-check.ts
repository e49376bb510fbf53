/**
 * What a self-test check is: an id with its French title and description (from the catalogue),
 * a `run` that acts on the kiosk and OBSERVES — returning plain values — and a pure `verdict`
 * that turns the observation into passed, failed or skipped, with the reason in French.
 */
import type { SelfTestCheckId } from '../../../common/self-test/self-test-catalog.ts';
import type { SelfTestOutcome } from '../../../common/self-test/self-test-report.ts';
import type { SelfTestKiosk } from './self-test-kiosk.ts';

/** Where the self-test runs. */
export interface SelfTestEnvironment {
  /** `app.isPackaged`: the installed kiosk (fuses can be read). */
  readonly packaged: boolean;
  /** `process.platform`. */
  readonly platform: string;
  /** True when the self-test started with the kiosk (`--self-test`); false when staff started it. */
  readonly atLaunch: boolean;
  /** True when the host window is locked full screen (packaged, or `--kiosk`). */
  readonly kioskMode: boolean;
}

/** What a check's `run` gets. */
export interface SelfTestContext {
  readonly kiosk: SelfTestKiosk;
  readonly environment: SelfTestEnvironment;
  /** Aborted when the check ran out of time: stop waiting and acting. */
  readonly signal: AbortSignal;
}

/** One check. `O` is its observation: plain values only (numbers, booleans, strings, arrays). */
export interface SelfTestCheck<O> {
  readonly id: SelfTestCheckId;
  readonly title: string;
  readonly description: string;
  /** The longest the check may take before it fails with «délai dépassé». */
  readonly timeoutMs: number;
  /** Why this check cannot run here (it is then skipped without running), or undefined. */
  skipReason?(environment: SelfTestEnvironment): string | undefined;
  /** Acts on the kiosk and records what happened. */
  run(context: SelfTestContext): Promise<O>;
  /** Pure: the verdict on an observation. */
  verdict(observation: O, environment: SelfTestEnvironment): SelfTestOutcome;
  /** The figures measured, when there are any. */
  figures?(observation: O): Readonly<Record<string, number>> | undefined;
}

/** What running a check and judging its observation gave. */
export interface CheckConclusion {
  readonly outcome: SelfTestOutcome;
  readonly figures?: Readonly<Record<string, number>> | undefined;
}

/** A check with its observation type hidden, as the runner holds them. */
export interface RunnableCheck {
  readonly id: SelfTestCheckId;
  readonly title: string;
  readonly description: string;
  readonly timeoutMs: number;
  skipReason(environment: SelfTestEnvironment): string | undefined;
  /** Runs the check, then judges what it observed. */
  execute(context: SelfTestContext): Promise<CheckConclusion>;
}

/** Hides a check's observation type behind `execute`. */
export function runnable<O>(check: SelfTestCheck<O>): RunnableCheck {
  return {
    id: check.id,
    title: check.title,
    description: check.description,
    timeoutMs: check.timeoutMs,
    skipReason: (environment) => check.skipReason?.(environment),
    execute: async (context) => {
      const observation = await check.run(context);
      return { outcome: check.verdict(observation, context.environment), figures: check.figures?.(observation) };
    },
  };
}

/** Helpers for writing verdicts. */
export const outcome = {
  passed: (reason: string): SelfTestOutcome => ({ verdict: 'passed', reason }),
  failed: (reason: string): SelfTestOutcome => ({ verdict: 'failed', reason }),
  skipped: (reason: string): SelfTestOutcome => ({ verdict: 'skipped', reason }),
};

/** The French list of items ("a, b et c"). */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;
}

/** Milliseconds as French seconds with one decimal ("2,4 s"). */
export function seconds(ms: number): string {
  return `${String(Math.round(ms / 100) / 10).replace('.', ',')} s`;
}

/** Bytes as French mebibytes with no decimal ("312 Mo"). */
export function megabytes(bytes: number): string {
  return `${String(Math.round(bytes / (1024 * 1024)))} Mo`;
}

/**
 * The kiosk's memory after 20 simulated visits: the working set of all its processes (main,
 * host page, portal, GPU, network…), as a figure, against a generous budget.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { megabytes, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { shortVisit } from '../visits.ts';

/** What the check saw. */
export interface MemoryObservation {
  readonly visits: number;
  readonly totalWorkingSetKb: number;
  readonly processes: number;
  readonly mainRssBytes: number;
}

/** How many visits before measuring. */
export const memoryVisitCount = 20;

/**
 * The budget: an Electron kiosk with its page and one portal uses 300 to 700 MiB in all; a school
 * PC with 4 GiB of memory stays usable below 1.5 GiB.
 */
export const memoryBudgetBytes = 1.5 * 1024 * 1024 * 1024;

/** The memory check. */
export const memoryTwentyVisitsCheck: SelfTestCheck<MemoryObservation> = {
  ...selfTestCheckInfo('memory-twenty-visits'),
  timeoutMs: 3 * 60_000,
  run: async (context) => {
    for (let visit = 1; visit <= memoryVisitCount; visit += 1) await shortVisit(context);
    const metrics = context.kiosk.metrics();
    return { visits: memoryVisitCount, ...metrics };
  },
  verdict: (observation) => {
    const bytes = observation.totalWorkingSetKb * 1024;
    if (observation.processes === 0 || bytes <= 0) return outcome.failed('la mémoire de la borne n’a pas pu être mesurée');
    const text = `${megabytes(bytes)} pour ${String(observation.processes)} processus après ${String(observation.visits)} visites (budget ${megabytes(memoryBudgetBytes)})`;
    return bytes > memoryBudgetBytes ? outcome.failed(text) : outcome.passed(text);
  },
  figures: (observation) => ({
    totalWorkingSetBytes: observation.totalWorkingSetKb * 1024,
    mainRssBytes: observation.mainRssBytes,
    processes: observation.processes,
  }),
};

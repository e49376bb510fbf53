/**
 * The renderer's side of the anonymous statistics: follows the visit (start, each screen shown,
 * end) and sends the events `common/staff/visit-statistics.ts` derives to the shell. Sending never
 * waits and never fails the visit.
 */
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import {
  endVisitTally,
  enterVisitScreen,
  idleVisitTally,
  startVisitTally,
  type VisitEnd,
  type VisitTally,
  type VisitTallyStep,
} from '../../common/staff/visit-statistics.ts';
import type { VisitorStatisticEvent } from '../../common/statistics/statistic-events.ts';

/** Sends one event to the shell (`kiosk.recordStatistic`). */
export type RecordStatistic = (event: VisitorStatisticEvent) => unknown;

/** Follows one visit after another and reports what to count. */
export class VisitStatistics {
  #tally: VisitTally = idleVisitTally;
  readonly #graph: () => GuideGraph | undefined;
  readonly #record: RecordStatistic;

  constructor(graph: () => GuideGraph | undefined, record: RecordStatistic) {
    this.#graph = graph;
    this.#record = record;
  }

  /** A visit started (on the screen shown now, if any). */
  started(): void {
    const graph = this.#graph();
    if (graph !== undefined) this.#apply(startVisitTally(graph, this.#tally));
  }

  /** The screen `id` is shown. */
  screen(id: string): void {
    const graph = this.#graph();
    if (graph !== undefined) this.#apply(enterVisitScreen(graph, this.#tally, id));
  }

  /**
   * The visit is ending, in `language` (called before anything of the visit is cleared). `end`
   * says what the renderer knows beyond the screens: `portalSucceeded` when the portal reached a
   * page it knows as a success (the page companion will tell).
   */
  ended(language: string, end: VisitEnd = {}): void {
    this.#apply(endVisitTally(this.#tally, language, end));
  }

  /** A recap slip was printed. */
  slipPrinted(): void {
    this.#send({ kind: 'slip-printed' });
  }

  #apply(step: VisitTallyStep): void {
    this.#tally = step.tally;
    for (const event of step.events) this.#send(event);
  }

  #send(event: VisitorStatisticEvent): void {
    try {
      void Promise.resolve(this.#record(event)).catch(() => undefined);
    } catch {
      // Counting must never get in the visitor's way.
    }
  }
}

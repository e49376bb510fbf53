/**
 * The kiosk's running statistics: counts each event on today's date in memory and saves the file
 * behind it. Saves never overlap and bursts are coalesced (a visit's few events cost at most two
 * writes); a failing disk is logged once, and counting goes on in memory.
 */
import type { CalendarDay } from '../../../common/statistics/calendar-day.ts';
import type { StatisticEvent } from '../../../common/statistics/statistic-events.ts';
import { recordStatistic, summarize, type Statistics, type StatisticsSummary } from '../../../common/statistics/statistics.ts';
import type { Logger } from '../log.ts';
import type { StatisticsStore } from './statistics-store.ts';

/** The staff screen's two periods. */
export interface StatisticsOverview {
  readonly last7Days: StatisticsSummary;
  readonly last30Days: StatisticsSummary;
}

/** Counts events and keeps the file up to date. */
export interface StatisticsRecorder {
  /** Counts `event` today (unless statistics are off) and resolves once it is saved or the save failed. */
  record(event: StatisticEvent): Promise<void>;
  /** The statistics as counted so far. */
  current(): Statistics;
  /** The last 7 and 30 days, ending today. */
  overview(): StatisticsOverview;
}

/** What the recorder needs. */
export interface StatisticsRecorderOptions {
  /** What `StatisticsStore.load()` returned. */
  readonly initial: Statistics;
  readonly store: Pick<StatisticsStore, 'save'>;
  /** Today's calendar day, from an injected date. */
  readonly today: () => CalendarDay;
  /** The configuration's `statistics` switch, read at each event. */
  readonly enabled: () => boolean;
  readonly log: Pick<Logger, 'info' | 'warn'>;
}

/** Creates the recorder. */
export function createStatisticsRecorder(options: StatisticsRecorderOptions): StatisticsRecorder {
  let statistics = options.initial;
  let dirty = false;
  let failing = false;
  let inFlight: Promise<void> | undefined;

  const pump = async (): Promise<void> => {
    while (dirty) {
      dirty = false;
      try {
        await options.store.save(statistics);
        if (failing) options.log.info('statistics: saving works again');
        failing = false;
      } catch {
        if (!failing) options.log.warn('statistics: the statistics file cannot be saved; counting goes on in memory');
        failing = true;
      }
    }
    inFlight = undefined;
  };

  return {
    record(event) {
      if (!options.enabled()) return Promise.resolve();
      statistics = recordStatistic(statistics, options.today(), event);
      dirty = true;
      inFlight ??= pump();
      return inFlight;
    },
    current: () => statistics,
    overview() {
      const today = options.today();
      return { last7Days: summarize(statistics, today, 7), last30Days: summarize(statistics, today, 30) };
    },
  };
}

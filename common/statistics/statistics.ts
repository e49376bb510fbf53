/**
 * Anonymous statistics: counters per calendar day, nothing finer. The stored file has a schema so
 * a corrupt one is detected rather than trusted; `recordStatistic` counts one event; `summarize`
 * aggregates the last days for the staff screen's charts.
 */
import * as v from 'valibot';
import { addDays, daysEndingWith, isCalendarDay, type CalendarDay } from './calendar-day.ts';
import { hostNameSchema, isHostName, isStatisticKey, statisticKeySchema, type StatisticEvent } from './statistic-events.ts';

/** The version written in the file; a different one is treated as unreadable. */
export const statisticsFileVersion = 1;

/** Distinct names kept per tally and day; further names are all counted under `_other`, which bounds the file. */
export const maxNamesPerTally = 50;

/** The name counting what lies beyond `maxNamesPerTally`. */
export const otherName = '_other';

/** Days kept in the file (13 months, so one enrolment week can be compared with last year's). */
export const retentionDays = 400;

const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const tallySchema = v.record(statisticKeySchema, countSchema);
const hostTallySchema = v.record(v.union([hostNameSchema, v.literal(otherName)]), countSchema);
const daySchema = v.pipe(v.string(), v.check(isCalendarDay, 'un jour AAAA-MM-JJ'));

/** Schema of one day's counters. */
export const dayCountersSchema = v.strictObject({
  visitsStarted: countSchema,
  visitsCompleted: countSchema,
  slipsPrinted: countSchema,
  /** Visits by language chosen. */
  languages: tallySchema,
  /** Visits by activation route taken. */
  routes: tallySchema,
  /** Answers to "Avez-vous réussi ?". */
  outcomes: v.strictObject({ yes: countSchema, no: countSchema }),
  /** Abandoned visits by the screen they were on. */
  abandonedAt: tallySchema,
  /** Refused navigations by host. */
  blockedHosts: hostTallySchema,
  /**
   * What portal pages tried and the kiosk refused (`file-upload`, `print`). Absent from files
   * written before it was counted, read as none.
   */
  portalRefusals: v.optional(tallySchema, {}),
  /**
   * Visits that ended in the portal before the recap, by the portal screen. Absent from files
   * written before it was counted (those visits were counted under `abandonedAt`), read as none.
   */
  endedInPortal: v.optional(tallySchema, {}),
});

/** Schema of the statistics file. */
export const statisticsFileSchema = v.strictObject({
  version: v.literal(statisticsFileVersion),
  days: v.record(daySchema, dayCountersSchema),
});

/** One day's counters. */
export type DayCounters = v.InferOutput<typeof dayCountersSchema>;

/** A count per name. */
export type Tally = DayCounters['languages'];

/** The statistics file's content. */
export type Statistics = v.InferOutput<typeof statisticsFileSchema>;

/** The names of the counters that are tallies by name. */
export type TallyName = 'languages' | 'routes' | 'abandonedAt' | 'endedInPortal' | 'blockedHosts' | 'portalRefusals';

/** A day with nothing counted. */
export const emptyDayCounters: DayCounters = {
  visitsStarted: 0,
  visitsCompleted: 0,
  slipsPrinted: 0,
  languages: {},
  routes: {},
  outcomes: { yes: 0, no: 0 },
  abandonedAt: {},
  blockedHosts: {},
  portalRefusals: {},
  endedInPortal: {},
};

/** Statistics with no day counted. */
export const emptyStatistics: Statistics = { version: statisticsFileVersion, days: {} };

/** The result of reading a statistics file's text. */
export type StatisticsParse = { readonly ok: true; readonly statistics: Statistics } | { readonly ok: false };

/** Parses the text of a statistics file; anything not matching the schema is `{ ok: false }`. */
export function parseStatistics(text: string): StatisticsParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const result = v.safeParse(statisticsFileSchema, json);
  return result.success ? { ok: true, statistics: result.output } : { ok: false };
}

/** The count of `name` in a tally (0 when absent; never an inherited property). */
export function tallyCount(tally: Tally, name: string): number {
  return Object.hasOwn(tally, name) ? (tally[name] ?? 0) : 0;
}

/**
 * Counts one more `name` in a tally. A name the file's schema would refuse (a host that is not a
 * host name, say) or one beyond the per-day limit is counted under `_other`, so recording can never
 * produce a file that fails to load.
 */
function countIn(tally: Tally, name: string, isValidName: (name: string) => boolean = isStatisticKey): Tally {
  const known = Object.hasOwn(tally, name);
  const counted = isValidName(name) && (known || Object.keys(tally).length < maxNamesPerTally) ? name : otherName;
  return { ...tally, [counted]: tallyCount(tally, counted) + 1 };
}

function countEvent(counters: DayCounters, event: StatisticEvent): DayCounters {
  switch (event.kind) {
    case 'visit-started':
      return { ...counters, visitsStarted: counters.visitsStarted + 1 };
    case 'visit-completed':
      return { ...counters, visitsCompleted: counters.visitsCompleted + 1 };
    case 'slip-printed':
      return { ...counters, slipsPrinted: counters.slipsPrinted + 1 };
    case 'language-chosen':
      return { ...counters, languages: countIn(counters.languages, event.language) };
    case 'route-taken':
      return { ...counters, routes: countIn(counters.routes, event.route) };
    case 'outcome-answered': {
      const { yes, no } = counters.outcomes;
      return { ...counters, outcomes: event.succeeded ? { yes: yes + 1, no } : { yes, no: no + 1 } };
    }
    case 'visit-abandoned':
      return { ...counters, abandonedAt: countIn(counters.abandonedAt, event.screen) };
    case 'visit-ended-in-portal':
      return { ...counters, endedInPortal: countIn(counters.endedInPortal, event.screen) };
    case 'host-blocked':
      return { ...counters, blockedHosts: countIn(counters.blockedHosts, event.host, isHostName) };
    case 'portal-refused':
      return { ...counters, portalRefusals: countIn(counters.portalRefusals, event.what) };
  }
}

/** The counters of `day`, zero when nothing was counted that day. */
export function countersOf(statistics: Statistics, day: CalendarDay): DayCounters {
  return Object.hasOwn(statistics.days, day) ? (statistics.days[day] ?? emptyDayCounters) : emptyDayCounters;
}

/**
 * Counts `event` on `day` (today, from an injected date) and drops days older than the retention.
 * Returns new statistics; the given ones are not changed.
 */
export function recordStatistic(statistics: Statistics, day: CalendarDay, event: StatisticEvent): Statistics {
  const oldestKept = addDays(day, -(retentionDays - 1));
  const days: Record<CalendarDay, DayCounters> = {};
  for (const [kept, counters] of Object.entries(statistics.days)) {
    if (kept >= oldestKept) days[kept] = counters;
  }
  days[day] = countEvent(countersOf(statistics, day), event);
  return { version: statisticsFileVersion, days };
}

function addTallies(a: Tally, b: Tally): Tally {
  const sum: Record<string, number> = { ...a };
  for (const [name, count] of Object.entries(b)) sum[name] = tallyCount(sum, name) + count;
  return sum;
}

/** The sum of two days' counters. */
export function addCounters(a: DayCounters, b: DayCounters): DayCounters {
  return {
    visitsStarted: a.visitsStarted + b.visitsStarted,
    visitsCompleted: a.visitsCompleted + b.visitsCompleted,
    slipsPrinted: a.slipsPrinted + b.slipsPrinted,
    languages: addTallies(a.languages, b.languages),
    routes: addTallies(a.routes, b.routes),
    outcomes: { yes: a.outcomes.yes + b.outcomes.yes, no: a.outcomes.no + b.outcomes.no },
    abandonedAt: addTallies(a.abandonedAt, b.abandonedAt),
    blockedHosts: addTallies(a.blockedHosts, b.blockedHosts),
    portalRefusals: addTallies(a.portalRefusals, b.portalRefusals),
    endedInPortal: addTallies(a.endedInPortal, b.endedInPortal),
  };
}

/** The counters of the last days, for the staff screen's charts. */
export interface StatisticsSummary {
  /** Every day of the period, oldest first, zero days included (one bar each). */
  readonly days: readonly { readonly day: CalendarDay; readonly counters: DayCounters }[];
  /** The whole period's counters. */
  readonly totals: DayCounters;
}

/** The `dayCount` days ending with `today` (7 and 30 on the staff screen). */
export function summarize(statistics: Statistics, today: CalendarDay, dayCount: number): StatisticsSummary {
  const days = daysEndingWith(today, dayCount).map((day) => ({ day, counters: countersOf(statistics, day) }));
  const totals = days.reduce((sum, { counters }) => addCounters(sum, counters), emptyDayCounters);
  return { days, totals };
}

/** A tally's names from the most counted to the least (ties by name), at most `limit` of them. */
export function rankTally(tally: Tally, limit = Number.POSITIVE_INFINITY): { readonly name: string; readonly count: number }[] {
  return Object.entries(tally)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

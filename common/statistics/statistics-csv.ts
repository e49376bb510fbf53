/**
 * The statistics as CSV for the référent's spreadsheet: one row per day and counter
 * (`jour;compteur;détail;nombre`), CRLF line ends (RFC 4180). The separator defaults to `;`, which
 * French spreadsheets open in columns without asking. Every text field is escaped, and one that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
 */
import type { CalendarDay } from './calendar-day.ts';
import type { DayCounters, Statistics, TallyName } from './statistics.ts';

/** The header row's column names. */
export const statisticsCsvHeader = ['jour', 'compteur', 'détail', 'nombre'] as const;

/** The label of each counter in the CSV, in French. */
export const counterLabels = {
  visitsStarted: 'visites commencées',
  visitsCompleted: 'visites terminées',
  slipsPrinted: 'fiches imprimées',
  languages: 'langue choisie',
  routes: 'parcours suivi',
  outcomes: 'réussite déclarée',
  abandonedAt: 'abandon (écran)',
  blockedHosts: 'adresse refusée',
  portalRefusals: 'refusé dans le portail',
  endedInPortal: 'fin dans le portail (écran)',
} as const satisfies Record<keyof DayCounters, string>;

/** Options of the export. */
export interface StatisticsCsvOptions {
  /** The field separator; `;` by default. */
  readonly separator?: ',' | ';' | '\t';
}

const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field: formula-like text neutralised, then quoted when it needs to be. */
export function csvField(value: string, separator: string = ';'): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

type Row = readonly [day: CalendarDay, counter: string, detail: string, count: number];

const tallyNames: readonly TallyName[] = ['languages', 'routes', 'abandonedAt', 'endedInPortal', 'blockedHosts', 'portalRefusals'];

function dayRows(day: CalendarDay, counters: DayCounters): Row[] {
  const rows: Row[] = [
    [day, counterLabels.visitsStarted, '', counters.visitsStarted],
    [day, counterLabels.visitsCompleted, '', counters.visitsCompleted],
    [day, counterLabels.slipsPrinted, '', counters.slipsPrinted],
    [day, counterLabels.outcomes, 'oui', counters.outcomes.yes],
    [day, counterLabels.outcomes, 'non', counters.outcomes.no],
  ];
  for (const tally of tallyNames) {
    const names = Object.keys(counters[tally]).sort();
    for (const name of names) rows.push([day, counterLabels[tally], name, counters[tally][name] ?? 0]);
  }
  return rows;
}

/** The whole statistics file as CSV text, oldest day first, ending with a line break. */
export function statisticsToCsv(statistics: Statistics, options: StatisticsCsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const line = (fields: readonly string[]): string => `${fields.map((field) => csvField(field, separator)).join(separator)}\r\n`;
  let csv = line(statisticsCsvHeader);
  const days = Object.entries(statistics.days).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [day, counters] of days) {
    for (const [rowDay, counter, detail, count] of dayRows(day, counters)) {
      csv += line([rowDay, counter, detail, String(count)]);
    }
  }
  return csv;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from './calendar-day.ts';
import type { StatisticEvent } from './statistic-events.ts';
import {
  countersOf,
  type DayCounters,
  emptyDayCounters,
  emptyStatistics,
  maxNamesPerTally,
  otherName,
  parseStatistics,
  rankTally,
  recordStatistic,
  retentionDays,
  summarize,
  tallyCount,
  type Statistics,
} from './statistics.ts';

function recordAll(day: string, events: readonly StatisticEvent[], start: Statistics = emptyStatistics): Statistics {
  return events.reduce((stats, event) => recordStatistic(stats, day, event), start);
}

/** Four scripted visits on one day: two completed (one via FranceConnect), one abandoned on the SMS screen, one ended in the portal. */
const fourVisits: StatisticEvent[] = [
  { kind: 'visit-started' },
  { kind: 'language-chosen', language: 'fr' },
  { kind: 'route-taken', route: 'franceconnect' },
  { kind: 'visit-completed' },
  { kind: 'outcome-answered', succeeded: true },
  { kind: 'slip-printed' },
  { kind: 'visit-started' },
  { kind: 'language-chosen', language: 'ar' },
  { kind: 'route-taken', route: 'self-enrolment' },
  { kind: 'visit-abandoned', screen: 'route2-sms' },
  { kind: 'visit-started' },
  { kind: 'language-chosen', language: 'fr' },
  { kind: 'route-taken', route: 'self-enrolment' },
  { kind: 'visit-completed' },
  { kind: 'outcome-answered', succeeded: false },
  { kind: 'host-blocked', host: 'accounts.google.com' },
  { kind: 'portal-refused', what: 'file-upload' },
  { kind: 'visit-started' },
  { kind: 'language-chosen', language: 'tr' },
  { kind: 'route-taken', route: 'letter' },
  { kind: 'visit-ended-in-portal', screen: 'portal-letter' },
];

/** The first three visits (the summaries below were written for them). */
const threeVisits = fourVisits.slice(0, -4);

describe('parseStatistics', () => {
  it('reads a file written before refusals in the portal were counted, as none counted', () => {
    const older: Partial<DayCounters> = { ...countersOf(recordAll('2025-09-02', fourVisits), '2025-09-02') };
    delete older.portalRefusals;
    const parsed = parseStatistics(JSON.stringify({ version: 1, days: { '2025-09-02': older } }));
    expect(parsed.ok && countersOf(parsed.statistics, '2025-09-02').portalRefusals).toEqual({});
    expect(parsed.ok && countersOf(parsed.statistics, '2025-09-02').visitsStarted).toBe(4);
  });

  it('reads a file written before visits ended in the portal were counted apart, as none counted', () => {
    const older: Partial<DayCounters> = { ...countersOf(recordAll('2025-09-02', fourVisits), '2025-09-02') };
    delete older.endedInPortal;
    const parsed = parseStatistics(JSON.stringify({ version: 1, days: { '2025-09-02': older } }));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && countersOf(parsed.statistics, '2025-09-02').endedInPortal).toEqual({});
    expect(parsed.ok && countersOf(parsed.statistics, '2025-09-02').abandonedAt).toEqual({ 'route2-sms': 1 });
  });
});

describe('recordStatistic', () => {
  it('counts every kind of event on its day', () => {
    const stats = recordAll('2025-09-02', fourVisits);
    expect(countersOf(stats, '2025-09-02')).toEqual({
      visitsStarted: 4,
      visitsCompleted: 2,
      slipsPrinted: 1,
      languages: { fr: 2, ar: 1, tr: 1 },
      routes: { franceconnect: 1, 'self-enrolment': 2, letter: 1 },
      outcomes: { yes: 1, no: 1 },
      abandonedAt: { 'route2-sms': 1 },
      blockedHosts: { 'accounts.google.com': 1 },
      portalRefusals: { 'file-upload': 1 },
      endedInPortal: { 'portal-letter': 1 },
    });
    expect(countersOf(stats, '2025-09-03')).toEqual(emptyDayCounters);
  });

  it('keeps days apart, using the day of an injected date', () => {
    const monday = dayOf(new Date(2025, 8, 1, 23, 59));
    const tuesday = dayOf(new Date(2025, 8, 2, 0, 1));
    let stats = recordStatistic(emptyStatistics, monday, { kind: 'visit-started' });
    stats = recordStatistic(stats, tuesday, { kind: 'visit-started' });
    stats = recordStatistic(stats, tuesday, { kind: 'visit-started' });
    expect(Object.keys(stats.days)).toEqual(['2025-09-01', '2025-09-02']);
    expect(countersOf(stats, '2025-09-01').visitsStarted).toBe(1);
    expect(countersOf(stats, '2025-09-02').visitsStarted).toBe(2);
  });

  it('does not change the statistics it is given', () => {
    const before = recordAll('2025-09-02', fourVisits);
    const snapshot = JSON.stringify(before);
    recordStatistic(before, '2025-09-02', { kind: 'language-chosen', language: 'fr' });
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('counts names beyond the per-day limit under _other, so the file stays bounded', () => {
    const events: StatisticEvent[] = Array.from({ length: maxNamesPerTally + 10 }, (_, i) => ({
      kind: 'host-blocked',
      host: `h${String(i)}.example`,
    }));
    const stats = recordAll('2025-09-02', [...events, { kind: 'host-blocked', host: 'h0.example' }]);
    expect(parseStatistics(JSON.stringify(stats)).ok).toBe(true);
    const counters = countersOf(stats, '2025-09-02');
    expect(Object.keys(counters.blockedHosts)).toHaveLength(maxNamesPerTally + 1);
    expect(tallyCount(counters.blockedHosts, otherName)).toBe(10);
    expect(tallyCount(counters.blockedHosts, 'h0.example')).toBe(2);
  });

  it('counts a name the file would refuse under _other, so recording never makes an unloadable file', () => {
    const stats = recordAll('2025-09-02', [
      { kind: 'host-blocked', host: '[::1]' },
      { kind: 'host-blocked', host: 'Evil.Example' },
      { kind: 'route-taken', route: 'free text' },
    ]);
    expect(countersOf(stats, '2025-09-02').blockedHosts).toEqual({ [otherName]: 2 });
    expect(countersOf(stats, '2025-09-02').routes).toEqual({ [otherName]: 1 });
    expect(parseStatistics(JSON.stringify(stats)).ok).toBe(true);
  });

  it('always writes statistics that load back identically, whatever the names (property)', () => {
    const name = fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('fr', 'franceconnect', 'a.b-c', '_other', '__proto__', 'constructor'));
    const event: fc.Arbitrary<StatisticEvent> = fc.oneof(
      fc.constant({ kind: 'visit-started' as const }),
      fc.constant({ kind: 'slip-printed' as const }),
      fc.boolean().map((succeeded) => ({ kind: 'outcome-answered' as const, succeeded })),
      name.map((language) => ({ kind: 'language-chosen' as const, language })),
      name.map((route) => ({ kind: 'route-taken' as const, route })),
      name.map((screen) => ({ kind: 'visit-abandoned' as const, screen })),
      fc.oneof(name, fc.domain()).map((host) => ({ kind: 'host-blocked' as const, host })),
    );
    const day = fc.integer({ min: 0, max: 800 }).map((offset) => addDays('2024-01-01', offset));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, event), { maxLength: 80 }), (steps) => {
        const stats = steps.reduce<Statistics>((acc, [d, e]) => recordStatistic(acc, d, e), emptyStatistics);
        expect(parseStatistics(JSON.stringify(stats))).toEqual({ ok: true, statistics: stats });
      }),
    );
  });

  it('never reads an inherited property as a count', () => {
    const stats = recordAll('2025-09-02', [
      { kind: 'route-taken', route: 'toString' },
      { kind: 'route-taken', route: 'hasOwnProperty' },
      { kind: 'route-taken', route: 'toString' },
      { kind: 'route-taken', route: 'constructor' },
      { kind: 'host-blocked', host: 'prototype' },
    ]);
    expect(countersOf(stats, '2025-09-02').routes).toEqual({ toString: 2, hasOwnProperty: 1, [otherName]: 1 });
    expect(countersOf(stats, '2025-09-02').blockedHosts).toEqual({ [otherName]: 1 });
    expect(countersOf(stats, 'constructor')).toEqual(emptyDayCounters);
    expect(parseStatistics(JSON.stringify(stats))).toEqual({ ok: true, statistics: stats });
  });

  it(`drops days older than ${String(retentionDays)} days`, () => {
    // Counting back from 2025-02-03 inclusive, 2024-01-01 is day 400 and 2023-12-31 day 401.
    let stats = recordStatistic(emptyStatistics, '2023-12-31', { kind: 'visit-started' });
    stats = recordStatistic(stats, '2024-01-01', { kind: 'visit-started' });
    stats = recordStatistic(stats, '2025-02-03', { kind: 'visit-started' });
    expect(Object.keys(stats.days)).toEqual(['2024-01-01', '2025-02-03']);
  });

  it('writes nothing finer than the day and no field beyond the counters', () => {
    const stats = recordAll('2025-09-02', fourVisits);
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/T\d{2}:\d{2}|\d{10,}/);
    expect(Object.keys(stats)).toEqual(['version', 'days']);
  });
});

describe('parseStatistics', () => {
  it('reads back what was written', () => {
    const stats = recordAll('2025-09-02', fourVisits);
    expect(parseStatistics(JSON.stringify(stats))).toEqual({ ok: true, statistics: stats });
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', JSON.stringify(recordAll('2025-09-02', fourVisits)).slice(0, 40)],
    ['zero bytes', '\u0000\u0000\u0000'],
    ['another version', '{"version":2,"days":{}}'],
    ['a negative count', JSON.stringify({ version: 1, days: { '2025-09-02': { ...emptyDayCounters, visitsStarted: -1 } } })],
    ['a fractional count', JSON.stringify({ version: 1, days: { '2025-09-02': { ...emptyDayCounters, slipsPrinted: 0.5 } } })],
    ['a count as text', JSON.stringify({ version: 1, days: { '2025-09-02': { ...emptyDayCounters, slipsPrinted: '3' } } })],
    ['a day with a time', JSON.stringify({ version: 1, days: { '2025-09-02T08:00': emptyDayCounters } })],
    ['an impossible day', JSON.stringify({ version: 1, days: { '2025-02-30': emptyDayCounters } })],
    ['an unknown counter', JSON.stringify({ version: 1, days: { '2025-09-02': { ...emptyDayCounters, visitors: ['x'] } } })],
    ['a free-text name', JSON.stringify({ version: 1, days: { '2025-09-02': { ...emptyDayCounters, routes: { 'Jean Dupont': 1 } } } })],
    ['an extra top-level field', '{"version":1,"days":{},"lastVisitor":"x"}'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('refuses %s', (_name, text) => {
    expect(parseStatistics(text)).toEqual({ ok: false });
  });
});

describe('summarize', () => {
  const stats = [
    ['2025-08-01', 4],
    ['2025-08-27', 2],
    ['2025-09-01', 1],
    ['2025-09-02', 3],
  ].reduce<Statistics>(
    (acc, [day, visits]) => recordAll(String(day), Array.from({ length: Number(visits) }, () => ({ kind: 'visit-started' })), acc),
    recordAll('2025-09-02', threeVisits.filter((e) => e.kind !== 'visit-started')),
  );

  it('gives one entry per day of the last 7 days, zeros included, oldest first', () => {
    const week = summarize(stats, '2025-09-02', 7);
    expect(week.days.map((d) => d.day)).toEqual([
      '2025-08-27',
      '2025-08-28',
      '2025-08-29',
      '2025-08-30',
      '2025-08-31',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(week.days.map((d) => d.counters.visitsStarted)).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(week.totals.visitsStarted).toBe(6);
    expect(week.totals.visitsCompleted).toBe(2);
    expect(week.totals.languages).toEqual({ fr: 2, ar: 1 });
  });

  it('adds up the last 30 days and leaves out older ones', () => {
    const month = summarize(stats, '2025-09-02', 30);
    expect(month.days).toHaveLength(30);
    expect(month.days[0]?.day).toBe('2025-08-04');
    expect(month.totals.visitsStarted).toBe(6);
    expect(summarize(stats, '2025-08-31', 31).totals.visitsStarted).toBe(6);
  });

  it('ranks a tally from the most counted', () => {
    const totals = summarize(stats, '2025-09-02', 7).totals;
    expect(rankTally(totals.routes)).toEqual([
      { name: 'self-enrolment', count: 2 },
      { name: 'franceconnect', count: 1 },
    ]);
    expect(rankTally({ b: 1, a: 1, c: 5 }, 2)).toEqual([
      { name: 'c', count: 5 },
      { name: 'a', count: 1 },
    ]);
  });
});

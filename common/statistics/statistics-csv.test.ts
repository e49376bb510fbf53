import { describe, expect, it } from 'vitest';
import { csvField, statisticsToCsv } from './statistics-csv.ts';
import { emptyStatistics, recordStatistic, type Statistics } from './statistics.ts';

/** A minimal RFC 4180 reader, to check the export round-trips. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'fr', 'fr'],
    ['with the separator', 'a;b', '"a;b"'],
    ['with quotes', 'le "parcours"', '"le ""parcours"""'],
    ['with a line break', 'a\nb', '"a\nb"'],
    ['with a carriage return', 'a\rb', '"a\rb"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a plus formula', '+1', "'+1"],
    ['a minus formula', '-2+3', "'-2+3"],
    ['an @ formula', '@SUM(A1)', "'@SUM(A1)"],
    ['surrounding spaces', ' a ', '" a "'],
    ['empty', '', ''],
  ])('escapes a field %s', (_name, value, expected) => {
    expect(csvField(value, ';')).toBe(expected);
  });

  it('quotes a comma only when the comma is the separator', () => {
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
  });
});

describe('statisticsToCsv', () => {
  const stats: Statistics = [
    ['2025-09-02', { kind: 'visit-started' }],
    ['2025-09-02', { kind: 'language-chosen', language: 'fr' }],
    ['2025-09-02', { kind: 'route-taken', route: 'franceconnect' }],
    ['2025-09-02', { kind: 'outcome-answered', succeeded: true }],
    ['2025-09-01', { kind: 'visit-started' }],
    ['2025-09-01', { kind: 'visit-abandoned', screen: 'route2-sms' }],
    ['2025-09-01', { kind: 'host-blocked', host: 'accounts.google.com' }],
  ].reduce<Statistics>((acc, [day, event]) => recordStatistic(acc, day as string, event as never), emptyStatistics);

  it('writes a header and one row per day and counter, oldest day first, with CRLF', () => {
    const csv = statisticsToCsv(stats);
    expect(csv.split('\r\n')).toEqual([
      'jour;compteur;détail;nombre',
      '2025-09-01;visites commencées;;1',
      '2025-09-01;visites terminées;;0',
      '2025-09-01;fiches imprimées;;0',
      '2025-09-01;réussite déclarée;oui;0',
      '2025-09-01;réussite déclarée;non;0',
      '2025-09-01;abandon (écran);route2-sms;1',
      '2025-09-01;adresse refusée;accounts.google.com;1',
      '2025-09-02;visites commencées;;1',
      '2025-09-02;visites terminées;;0',
      '2025-09-02;fiches imprimées;;0',
      '2025-09-02;réussite déclarée;oui;1',
      '2025-09-02;réussite déclarée;non;0',
      '2025-09-02;langue choisie;fr;1',
      '2025-09-02;parcours suivi;franceconnect;1',
      '',
    ]);
  });

  it('round-trips through an RFC 4180 reader with every separator', () => {
    for (const separator of [',', ';', '\t'] as const) {
      const rows = parseCsv(statisticsToCsv(stats, { separator }), separator);
      expect(rows[0]).toEqual(['jour', 'compteur', 'détail', 'nombre']);
      expect(rows).toHaveLength(15);
      expect(rows.every((row) => row.length === 4)).toBe(true);
      expect(rows).toContainEqual(['2025-09-01', 'adresse refusée', 'accounts.google.com', '1']);
    }
  });

  it('writes the visits that ended in the portal as a counter of their own', () => {
    const ended = recordStatistic(emptyStatistics, '2025-09-03', { kind: 'visit-ended-in-portal', screen: 'portal-sms' });
    expect(statisticsToCsv(ended).split('\r\n')).toContain('2025-09-03;fin dans le portail (écran);portal-sms;1');
  });

  it('is only the header for empty statistics', () => {
    expect(statisticsToCsv(emptyStatistics)).toBe('jour;compteur;détail;nombre\r\n');
  });
});

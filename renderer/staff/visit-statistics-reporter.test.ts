import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import type { VisitorStatisticEvent } from '../../common/statistics/statistic-events.ts';
import { VisitStatistics } from './visit-statistics-reporter.ts';

const graph = JSON.parse(readFileSync(new URL('../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;

function setUp() {
  const sent: VisitorStatisticEvent[] = [];
  const statistics = new VisitStatistics(() => graph, (event) => sent.push(event));
  return { sent, statistics };
}

describe('the renderer’s visit statistics', () => {
  it('in desk mode, sends nothing for the idle resets of an untouched first question', () => {
    const { sent, statistics } = setUp();
    // As App drives it in desk mode: the first question shows, a touch starts the visit, the
    // idle countdown ends it, and the first question shows again for the next visitor.
    for (let reset = 0; reset < 4; reset += 1) {
      statistics.screen('who');
      statistics.started();
      statistics.ended('fr');
    }
    expect(sent).toEqual([]);
  });

  it('in desk mode, counts the visit at the first answer', () => {
    const { sent, statistics } = setUp();
    statistics.screen('who');
    statistics.started();
    statistics.screen('has-account');
    statistics.screen('forgot-which');
    statistics.screen('letter-missing');
    statistics.ended('ar');
    expect(sent).toEqual([
      { kind: 'visit-started' },
      { kind: 'language-chosen', language: 'ar' },
      { kind: 'visit-abandoned', screen: 'letter-missing' },
    ]);
  });

  it('passes the portal’s success on for a visit ended in the portal', () => {
    const { sent, statistics } = setUp();
    statistics.started();
    for (const id of ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms']) statistics.screen(id);
    statistics.ended('fr', { portalSucceeded: true });
    expect(sent).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'sms' },
      { kind: 'outcome-answered', succeeded: true },
      { kind: 'language-chosen', language: 'fr' },
      { kind: 'visit-ended-in-portal', screen: 'portal-sms' },
    ]);
  });

  it('never lets a failing shell get in the visitor’s way', () => {
    const statistics = new VisitStatistics(
      () => graph,
      () => {
        throw new Error('the shell is gone');
      },
    );
    expect(() => {
      statistics.started();
      statistics.screen('who');
      statistics.ended('fr');
    }).not.toThrow();
  });
});

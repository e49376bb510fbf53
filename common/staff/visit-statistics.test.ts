import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph } from '../guide/guide-schema.ts';
import type { VisitorStatisticEvent } from '../statistics/statistic-events.ts';
import {
  endVisitTally,
  enterVisitScreen,
  idleVisitTally,
  isResultQuestion,
  startVisitTally,
  type VisitEnd,
  type VisitTally,
} from './visit-statistics.ts';

const graph = JSON.parse(readFileSync(new URL('../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;

/** Plays a visit: start, the screens in order, the end in `language`; returns every event. */
function play(screens: readonly string[], language = 'fr', tally: VisitTally = idleVisitTally, end: VisitEnd = {}): VisitorStatisticEvent[] {
  const events: VisitorStatisticEvent[] = [];
  let current = tally;
  const apply = (step: { tally: VisitTally; events: readonly VisitorStatisticEvent[] }) => {
    current = step.tally;
    events.push(...step.events);
  };
  apply(startVisitTally(graph, current));
  for (const id of screens) apply(enterVisitScreen(graph, current, id));
  apply(endVisitTally(current, language, end));
  return events;
}

describe('the events of a visit', () => {
  it('knows the result questions: the screens a portal leads back to', () => {
    expect(isResultQuestion(graph, 'result-sms')).toBe(true);
    expect(isResultQuestion(graph, 'result-ent')).toBe(true);
    expect(isResultQuestion(graph, 'has-account')).toBe(false);
    expect(isResultQuestion(graph, 'portal-sms')).toBe(false);
  });

  it('counts a visit that activates by SMS and reaches the recap', () => {
    expect(play(['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap'], 'ar')).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'sms' },
      { kind: 'visit-completed' },
      { kind: 'outcome-answered', succeeded: true },
      { kind: 'language-chosen', language: 'ar' },
    ]);
  });

  it('counts a failed attempt, a second route and the last answer only', () => {
    const screens = [
      'who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1',
      'route-franceconnect', 'portal-franceconnect', 'result-franceconnect', 'success', 'recap',
    ];
    expect(play(screens)).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'sms' },
      { kind: 'route-taken', route: 'franceconnect' },
      { kind: 'visit-completed' },
      { kind: 'outcome-answered', succeeded: true },
      { kind: 'language-chosen', language: 'fr' },
    ]);
  });

  it('counts an abandoned visit on the screen it ended on, with a "no" answer', () => {
    expect(play(['who', 'has-account', 'activation-choice', 'route-letter', 'portal-letter', 'result-letter', 'trouble-step1'])).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'letter' },
      { kind: 'outcome-answered', succeeded: false },
      { kind: 'language-chosen', language: 'fr' },
      { kind: 'visit-abandoned', screen: 'trouble-step1' },
    ]);
  });

  it('does not count a route twice, nor the recap twice, when the visitor goes back and forth', () => {
    const events = play(['who', 'cpge-not-concerned', 'recap', 'cpge-not-concerned', 'recap', 'who', 'has-account', 'ent-access', 'has-account', 'ent-access']);
    expect(events.filter((e) => e.kind === 'visit-completed')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'route-taken')).toEqual([{ kind: 'route-taken', route: 'ent' }]);
    expect(events.some((e) => e.kind === 'visit-abandoned')).toBe(false);
  });

  it('takes "Retour" from a result question as no answer', () => {
    const events = play(['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'route-sms']);
    expect(events.some((e) => e.kind === 'outcome-answered')).toBe(false);
    expect(events).toContainEqual({ kind: 'visit-abandoned', screen: 'route-sms' });
  });

  it('in desk mode, counts a visit from its first answer, with the question it started on', () => {
    // Between visits the desk shows its first question; a touch starts the visit there.
    const waiting = enterVisitScreen(graph, idleVisitTally, 'who');
    expect(waiting.events).toEqual([]);
    const started = startVisitTally(graph, waiting.tally);
    expect(started.events).toEqual([]);
    expect(started.tally.current).toBe('who');
    const answered = enterVisitScreen(graph, started.tally, 'has-account');
    expect(answered.events).toEqual([{ kind: 'visit-started' }]);
    const onRoute = enterVisitScreen(graph, answered.tally, 'ent-access');
    expect(onRoute.events).toEqual([{ kind: 'route-taken', route: 'ent' }]);
    expect(endVisitTally(onRoute.tally, 'tr').events).toEqual([
      { kind: 'language-chosen', language: 'tr' },
      { kind: 'visit-abandoned', screen: 'ent-access' },
    ]);
  });

  it('in desk mode, counts nothing for a first question nobody answered, however many idle resets', () => {
    let tally = idleVisitTally;
    const events: VisitorStatisticEvent[] = [];
    for (let reset = 0; reset < 3; reset += 1) {
      const waiting = enterVisitScreen(graph, tally, 'who');
      // A touch (the text size, the language, a staff gesture) starts the visit on the first question…
      const started = startVisitTally(graph, waiting.tally);
      // …and the idle countdown ends it there.
      const ended = endVisitTally(started.tally, 'fr');
      events.push(...waiting.events, ...started.events, ...ended.events);
      tally = ended.tally;
    }
    expect(events).toEqual([]);
  });

  it('counts a visit from the attract screen at once, even if it ends on the first question', () => {
    const events = play(['who']);
    expect(events).toEqual([{ kind: 'visit-started' }, { kind: 'language-chosen', language: 'fr' }, { kind: 'visit-abandoned', screen: 'who' }]);
  });

  it('counts a visit ended from the portal as ended in the portal, not as abandoned', () => {
    const events = play(['who', 'has-account', 'activation-choice', 'route-letter', 'portal-letter']);
    expect(events).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'letter' },
      { kind: 'language-chosen', language: 'fr' },
      { kind: 'visit-ended-in-portal', screen: 'portal-letter' },
    ]);
    expect(events.some((event) => event.kind === 'visit-abandoned')).toBe(false);
  });

  it('counts a success when the portal says it reached a success page and the visit ends there', () => {
    const screens = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'];
    expect(play(screens, 'ar', idleVisitTally, { portalSucceeded: true })).toEqual([
      { kind: 'visit-started' },
      { kind: 'route-taken', route: 'sms' },
      { kind: 'outcome-answered', succeeded: true },
      { kind: 'language-chosen', language: 'ar' },
      { kind: 'visit-ended-in-portal', screen: 'portal-sms' },
    ]);
    // Without the portal's word, nothing is known of the outcome.
    expect(play(screens, 'ar').some((event) => event.kind === 'outcome-answered')).toBe(false);
  });

  it('takes the portal’s success into account only for a visit that ended in the portal', () => {
    const screens = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1'];
    const events = play(screens, 'fr', idleVisitTally, { portalSucceeded: true });
    expect(events).toContainEqual({ kind: 'outcome-answered', succeeded: false });
    expect(events).toContainEqual({ kind: 'visit-abandoned', screen: 'trouble-step1' });
  });

  it('emits only guide ids and a language code: every event passes the renderer’s schema', async () => {
    const { visitorStatisticEventSchema } = await import('../statistics/statistic-events.ts');
    const v = await import('valibot');
    const events = play(['who', 'has-account', 'forgot-which', 'forgot-id', 'portal-forgot-id', 'result-forgot-id', 'forgot-password'], 'zh-Hans');
    expect(events.length).toBeGreaterThan(3);
    for (const event of events) expect(v.is(visitorStatisticEventSchema, event)).toBe(true);
  });
});

describe('isGuideStatistic', () => {
  it('accepts the names of the guide and the supported languages only', async () => {
    const { isGuideStatistic } = await import('./visit-statistics.ts');
    expect(isGuideStatistic(graph, { kind: 'route-taken', route: 'sms' })).toBe(true);
    expect(isGuideStatistic(graph, { kind: 'visit-abandoned', screen: 'portal-sms' })).toBe(true);
    expect(isGuideStatistic(graph, { kind: 'language-chosen', language: 'zh-Hans' })).toBe(true);
    expect(isGuideStatistic(graph, { kind: 'visit-started' })).toBe(true);
    expect(isGuideStatistic(graph, { kind: 'route-taken', route: 'Durand' })).toBe(false);
    expect(isGuideStatistic(graph, { kind: 'visit-abandoned', screen: 'Durand' })).toBe(false);
    expect(isGuideStatistic(graph, { kind: 'language-chosen', language: 'de' })).toBe(false);
    expect(isGuideStatistic(graph, { kind: 'visit-ended-in-portal', screen: 'portal-sms' })).toBe(true);
    expect(isGuideStatistic(graph, { kind: 'visit-ended-in-portal', screen: 'route-sms' })).toBe(false);
  });
});

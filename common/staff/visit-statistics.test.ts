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
  type VisitTally,
} from './visit-statistics.ts';

const graph = JSON.parse(readFileSync(new URL('../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;

/** Plays a visit: start, the screens in order, the end in `language`; returns every event. */
function play(screens: readonly string[], language = 'fr', tally: VisitTally = idleVisitTally): VisitorStatisticEvent[] {
  const events: VisitorStatisticEvent[] = [];
  let current = tally;
  const apply = (step: { tally: VisitTally; events: readonly VisitorStatisticEvent[] }) => {
    current = step.tally;
    events.push(...step.events);
  };
  apply(startVisitTally(graph, current));
  for (const id of screens) apply(enterVisitScreen(graph, current, id));
  apply(endVisitTally(current, language));
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

  it('starts on the screen already shown in staff desk mode, and counts nothing between visits', () => {
    let tally = enterVisitScreen(graph, idleVisitTally, 'who');
    expect(tally.events).toEqual([]);
    const started = startVisitTally(graph, tally.tally);
    expect(started.tally.current).toBe('who');
    tally = endVisitTally(started.tally, 'tr');
    expect(tally.events).toEqual([
      { kind: 'language-chosen', language: 'tr' },
      { kind: 'visit-abandoned', screen: 'who' },
    ]);
    expect(endVisitTally(tally.tally, 'fr').events).toEqual([]);
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
  });
});

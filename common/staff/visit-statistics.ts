/**
 * Which anonymous events a visit produces, from the screens the visitor goes through (as pure
 * state, one step per screen shown):
 *
 * - `visit-started` when the visit starts;
 * - `route-taken` the first time the visit enters a screen of a route (each route once per visit);
 * - `visit-completed` the first time the visit reaches the recap;
 * - at the end: `outcome-answered` with the last answer given to a "did it work?" question (the
 *   question a portal screen leads back to; its `yes` answer is success, any other is not),
 *   `language-chosen` with the language the visit ended in, and `visit-abandoned` with the screen
 *   the visit ended on when it never reached the recap.
 *
 * Only guide ids and a language code ever leave here: never a time, never anything typed.
 */
import type { GuideGraph, GuideScreen } from '../guide/guide-schema.ts';
import { isSupportedLanguage } from '../guide/languages.ts';
import type { VisitorStatisticEvent } from '../statistics/statistic-events.ts';

/** The answer id meaning "yes, it worked" on a result question. */
export const successAnswerId = 'yes';

/** What a visit has counted so far. */
export interface VisitTally {
  /** True between the start and the end of a visit. */
  readonly active: boolean;
  /** The screen shown now (also followed between visits: staff mode waits on the first screen). */
  readonly current: string | undefined;
  /** Routes already counted in this visit. */
  readonly routes: readonly string[];
  /** True once the visit reached the recap. */
  readonly completed: boolean;
  /** The last answer to a result question in this visit. */
  readonly outcome: boolean | undefined;
}

/** A tally and the events one step produced. */
export interface VisitTallyStep {
  readonly tally: VisitTally;
  readonly events: readonly VisitorStatisticEvent[];
}

/** No visit. */
export const idleVisitTally: VisitTally = { active: false, current: undefined, routes: [], completed: false, outcome: undefined };

function screenOf(graph: GuideGraph, id: string): GuideScreen | undefined {
  return graph.screens.find((screen) => screen.id === id);
}

/** True when `id` is a question a portal screen leads back to ("Avez-vous réussi ?"). */
export function isResultQuestion(graph: GuideGraph, id: string): boolean {
  return screenOf(graph, id)?.kind === 'question' && graph.screens.some((screen) => screen.portal?.next === id);
}

function entered(graph: GuideGraph, tally: VisitTally, id: string): VisitTallyStep {
  const screen = screenOf(graph, id);
  const events: VisitorStatisticEvent[] = [];
  let { routes, completed } = tally;
  const route = screen?.route;
  if (route !== undefined && !routes.includes(route)) {
    routes = [...routes, route];
    events.push({ kind: 'route-taken', route });
  }
  if (id === graph.recap && !completed) {
    completed = true;
    events.push({ kind: 'visit-completed' });
  }
  return { tally: { ...tally, current: id, routes, completed }, events };
}

/** The visit starts on the screen shown now. */
export function startVisitTally(graph: GuideGraph, tally: VisitTally): VisitTallyStep {
  const started: VisitTally = { ...idleVisitTally, active: true, current: tally.current };
  const step = tally.current === undefined ? { tally: started, events: [] } : entered(graph, started, tally.current);
  return { tally: step.tally, events: [{ kind: 'visit-started' }, ...step.events] };
}

/** The screen `id` is shown now. */
export function enterVisitScreen(graph: GuideGraph, tally: VisitTally, id: string): VisitTallyStep {
  if (!tally.active) return { tally: { ...tally, current: id }, events: [] };
  if (id === tally.current) return { tally, events: [] };
  const from = tally.current;
  let outcome = tally.outcome;
  if (from !== undefined && isResultQuestion(graph, from)) {
    const answer = screenOf(graph, from)?.answers?.find((candidate) => candidate.next === id);
    if (answer !== undefined) outcome = answer.id === successAnswerId;
  }
  return entered(graph, { ...tally, outcome }, id);
}

/** The visit ends in `language`; the tally is ready for the next visit. */
export function endVisitTally(tally: VisitTally, language: string): VisitTallyStep {
  if (!tally.active) return { tally: idleVisitTally, events: [] };
  const events: VisitorStatisticEvent[] = [];
  if (tally.outcome !== undefined) events.push({ kind: 'outcome-answered', succeeded: tally.outcome });
  events.push({ kind: 'language-chosen', language });
  if (!tally.completed && tally.current !== undefined) events.push({ kind: 'visit-abandoned', screen: tally.current });
  return { tally: idleVisitTally, events };
}

/**
 * True when every name `event` carries is one the kiosk itself knows: a route or screen of the
 * guide, a supported language. The shells drop anything else, so even a renderer gone wrong cannot
 * store a word of its choosing in the statistics.
 */
export function isGuideStatistic(graph: GuideGraph, event: VisitorStatisticEvent): boolean {
  switch (event.kind) {
    case 'route-taken':
      return Object.hasOwn(graph.routes, event.route);
    case 'visit-abandoned':
      return graph.screens.some((screen) => screen.id === event.screen);
    case 'language-chosen':
      return isSupportedLanguage(event.language);
    default:
      return true;
  }
}

/**
 * Which anonymous events a visit produces, from the screens the visitor goes through (as pure
 * state, one step per screen shown):
 *
 * - `visit-started` when the visit starts — or, for a visit that starts on a screen already shown
 *   (the secretariat desk has no attract screen: its first question waits there), at the first
 *   answer, so that a first question nobody answered is no visit;
 * - `route-taken` the first time the visit enters a screen of a route (each route once per visit);
 * - `visit-completed` the first time the visit reaches the recap;
 * - at the end: `outcome-answered` with the last answer given to a "did it work?" question (the
 *   question a portal screen leads back to; its `yes` answer is success, any other is not) — or
 *   success when the visit ended in the portal on a page the portal knows as a success;
 *   `language-chosen` with the language the visit ended in; and, when it never reached the recap,
 *   `visit-ended-in-portal` with the portal screen it ended on (the parent may well have finished
 *   there: "Terminer et effacer" is on the portal's toolbar) or `visit-abandoned` with the guide
 *   screen it ended on.
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
  /**
   * True once the visit is counted as started. A visit that starts on a screen already shown is
   * counted at its first answer; until then it leaves no trace.
   */
  readonly counted: boolean;
  /** The screen shown now (also followed between visits: staff mode waits on the first screen). */
  readonly current: string | undefined;
  /** True when the screen shown now is a portal screen. */
  readonly inPortal: boolean;
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
export const idleVisitTally: VisitTally = { active: false, counted: false, current: undefined, inPortal: false, routes: [], completed: false, outcome: undefined };

/** How a visit ended, as far as the renderer knows beyond the screens. */
export interface VisitEnd {
  /**
   * True when the portal reached a page it knows as the end of a success (an activated account):
   * a visit that ends in the portal then counts as a success, as a "yes" to "Avez-vous réussi ?"
   * would. Only a visit that ended on a portal screen takes it into account.
   */
  readonly portalSucceeded?: boolean;
}

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
  return { tally: { ...tally, current: id, inPortal: screen?.kind === 'portal', routes, completed }, events };
}

/**
 * The visit starts. From the attract screen (no screen shown yet) it counts at once; on a screen
 * already shown — the desk's first question, which waits there between visits — it counts at the
 * first answer (`enterVisitScreen`).
 */
export function startVisitTally(graph: GuideGraph, tally: VisitTally): VisitTallyStep {
  if (tally.current !== undefined) return { tally: { ...idleVisitTally, active: true, current: tally.current, inPortal: tally.inPortal }, events: [] };
  return { tally: { ...idleVisitTally, active: true, counted: true }, events: [{ kind: 'visit-started' }] };
}

/** The screen `id` is shown now. */
export function enterVisitScreen(graph: GuideGraph, tally: VisitTally, id: string): VisitTallyStep {
  if (!tally.active) return { tally: { ...tally, current: id, inPortal: screenOf(graph, id)?.kind === 'portal' }, events: [] };
  if (id === tally.current) return { tally, events: [] };
  if (!tally.counted) {
    // The first answer of a visit that started on a screen already shown: it counts from now,
    // with the screen it started on.
    const started: VisitTally = { ...tally, counted: true };
    const first = tally.current === undefined ? { tally: started, events: [] } : entered(graph, started, tally.current);
    const next = enterVisitScreen(graph, first.tally, id);
    return { tally: next.tally, events: [{ kind: 'visit-started' }, ...first.events, ...next.events] };
  }
  const from = tally.current;
  let outcome = tally.outcome;
  if (from !== undefined && isResultQuestion(graph, from)) {
    const answer = screenOf(graph, from)?.answers?.find((candidate) => candidate.next === id);
    if (answer !== undefined) outcome = answer.id === successAnswerId;
  }
  return entered(graph, { ...tally, outcome }, id);
}

/**
 * The visit ends in `language`; the tally is ready for the next visit. A visit never counted (a
 * first question nobody answered) ends without a trace.
 */
export function endVisitTally(tally: VisitTally, language: string, end: VisitEnd = {}): VisitTallyStep {
  if (!tally.active || !tally.counted) return { tally: idleVisitTally, events: [] };
  const endedInPortal = tally.current !== undefined && tally.inPortal;
  const outcome = endedInPortal && end.portalSucceeded === true ? true : tally.outcome;
  const events: VisitorStatisticEvent[] = [];
  if (outcome !== undefined) events.push({ kind: 'outcome-answered', succeeded: outcome });
  events.push({ kind: 'language-chosen', language });
  if (!tally.completed && tally.current !== undefined) {
    events.push(endedInPortal ? { kind: 'visit-ended-in-portal', screen: tally.current } : { kind: 'visit-abandoned', screen: tally.current });
  }
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
    case 'visit-ended-in-portal':
      return graph.screens.some((screen) => screen.id === event.screen && screen.kind === 'portal');
    case 'language-chosen':
      return isSupportedLanguage(event.language);
    default:
      return true;
  }
}

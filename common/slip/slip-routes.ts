import type { GuideGraph, GuideScreen } from '../guide/guide-schema.ts';
import type { SlipOutcome } from './slip-types.ts';

/** A route entered on the path, and its outcome when its result question was answered. */
export interface RouteAttempt {
  readonly route: string;
  readonly outcome?: SlipOutcome;
}

/**
 * The answer of a route's result question that means "it worked". The guide follows this
 * convention on every route (checked by the tests against the bundled guide): `yes` leads on
 * (to "success", or to the ENT, or to the Pronote app); any other answer leads to trouble.
 */
export const successAnswerId = 'yes';

function outcomeAt(screen: GuideScreen, graph: GuideGraph, next: string | undefined): SlipOutcome | undefined {
  const route = screen.route;
  if (route === undefined || next === undefined) return undefined;
  const screens = graph.routes[route] ?? [];
  if (screens[screens.length - 1] !== screen.id) return undefined;
  const answer = (screen.answers ?? []).find((candidate) => candidate.next === next);
  if (answer === undefined) return undefined;
  return answer.id === successAnswerId ? 'success' : 'failure';
}

/**
 * The routes the path entered, each once, in the order first entered. A route's outcome comes
 * from the screen that follows its result screen (the last of the route's screens): the `yes`
 * answer is a success, any other answer a failure. A route tried twice keeps its latest outcome;
 * a route whose result question was never answered has none.
 */
export function routesTried(graph: GuideGraph, path: readonly string[]): RouteAttempt[] {
  const screens = new Map(graph.screens.map((screen) => [screen.id, screen]));
  const attempts = new Map<string, SlipOutcome | undefined>();
  path.forEach((id, index) => {
    const screen = screens.get(id);
    const route = screen?.route;
    if (screen === undefined || route === undefined) return;
    const outcome = outcomeAt(screen, graph, path[index + 1]);
    if (!attempts.has(route) || outcome !== undefined) attempts.set(route, outcome ?? attempts.get(route));
  });
  return [...attempts].map(([route, outcome]) => (outcome === undefined ? { route } : { route, outcome }));
}

import type { GuideGraph, GuideScreen } from './guide-schema.ts';

/** The route progress of a screen: "Activation par SMS — étape 2 sur 3". */
export interface RouteProgress {
  readonly route: string;
  readonly step: number;
  readonly total: number;
}

/** Indexes a guide graph for the renderer and the slip. */
export class GuideIndex {
  readonly #screens: ReadonlyMap<string, GuideScreen>;

  constructor(readonly graph: GuideGraph) {
    this.#screens = new Map(graph.screens.map((screen) => [screen.id, screen]));
  }

  /** The screen with this id; throws for an unknown id (validated guides have none). */
  screen(id: string): GuideScreen {
    const screen = this.#screens.get(id);
    if (screen === undefined) throw new Error(`Unknown screen ${id}`);
    return screen;
  }

  /** True when `id` is a screen of the graph. */
  has(id: string): boolean {
    return this.#screens.has(id);
  }

  /** Where a screen stands in its route, if it belongs to one. */
  progress(id: string): RouteProgress | undefined {
    const route = this.screen(id).route;
    const screens = route === undefined ? undefined : this.graph.routes[route];
    if (route === undefined || screens === undefined) return undefined;
    return { route, step: screens.indexOf(id) + 1, total: screens.length };
  }

  /** True when `to` is a screen `from` leads to (answer, portal action or portal exit). */
  leadsTo(from: string, to: string): boolean {
    const screen = this.screen(from);
    return (
      (screen.answers ?? []).some((answer) => answer.next === to) ||
      screen.portalScreen === to ||
      screen.portal?.next === to
    );
  }
}

/**
 * The path after "Retour": one screen back, and a portal screen skipped on the way (after the
 * portal, "Retour" returns to the steps that opened it). The first screen has no way back.
 */
export function pathAfterBack(index: GuideIndex, ids: readonly string[]): readonly string[] {
  if (ids.length <= 1) return ids;
  const back = ids.slice(0, -1);
  const last = back[back.length - 1];
  if (back.length > 1 && last !== undefined && index.screen(last).kind === 'portal') return back.slice(0, -1);
  return back;
}

import type { GuideIndex } from '../../common/guide/visitor-path.ts';
import { VisitorPath } from './visitor-path.svelte.ts';

/** Where the kiosk stands: waiting on the attract screen, or guiding a visitor. */
export type VisitPhase = 'attract' | 'guide';

/** The current visitor, if any. Ending a visit drops every trace of it from the renderer. */
export class Visit {
  phase: VisitPhase = $state('attract');
  path: VisitorPath | undefined = $state();
  readonly #index: () => GuideIndex;

  constructor(index: () => GuideIndex) {
    this.#index = index;
  }

  /** A tap on the attract screen: a new visitor starts at the first question. */
  start(): void {
    this.path = new VisitorPath(this.#index);
    this.phase = 'guide';
  }

  /** Ends the visit: the path is forgotten and the attract screen returns. */
  end(): void {
    this.path = undefined;
    this.phase = 'attract';
  }
}

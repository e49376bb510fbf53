import { pathAfterBack, type GuideIndex } from '../../common/guide/visitor-path.ts';

/**
 * The visitor's path through the guide: the list of screen ids, and nothing else. The recap slip
 * and the anonymous statistics are built from it; it is cleared at the end of every visit.
 */
export class VisitorPath {
  ids: string[] = $state([]);
  readonly #index: () => GuideIndex;

  constructor(index: () => GuideIndex) {
    this.#index = index;
    this.ids = [index().graph.start];
  }

  /** The screen shown now. */
  get current(): string {
    return this.ids[this.ids.length - 1] ?? this.#index().graph.start;
  }

  /** True when "Retour" can go back. */
  get canGoBack(): boolean {
    return this.ids.length > 1;
  }

  /** Goes to a screen the current one leads to; any other id is ignored. */
  go(next: string): void {
    if (this.#index().leadsTo(this.current, next)) this.ids = [...this.ids, next];
  }

  /**
   * Goes back one screen. A portal screen is skipped on the way back: "Retour" after the portal
   * returns to the steps that opened it (the portal itself stays open for the visit).
   */
  back(): void {
    if (this.canGoBack) this.ids = [...pathAfterBack(this.#index(), this.ids)];
  }

  /** Back to the first question, forgetting the path. */
  restart(): void {
    this.ids = [this.#index().graph.start];
  }
}

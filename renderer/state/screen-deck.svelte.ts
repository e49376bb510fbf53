import { screenOnPath, screensOneTapAway, type ScreenOnPath } from '../../common/guide/screens-ahead.ts';
import type { GuideIndex } from '../../common/guide/visitor-path.ts';
import type { IdleScheduler } from './idle-scheduler.ts';

/** What a screen is rendered in: the language's texts (the renderer's `Translator`). */
export interface DeckLanguage {
  /** The language code (`fr`, `ar`…). */
  readonly language: string;
}

/** A screen of the deck: a guide screen on a path, in one language. */
export interface DeckScreen<Language extends DeckLanguage> extends ScreenOnPath {
  /** Unique in the deck: the texts' number and the screen's key. */
  readonly deckKey: string;
  /** The texts the screen is rendered with (kept with it: a language change renders anew). */
  readonly texts: Language;
}

/**
 * The guide screens kept rendered: the one shown, and — rendered ahead, one per idle moment while
 * the parent reads — the screens one tap away (answers, "Retour", "Recommencer"). A tap then only
 * has to show a screen whose DOM is already built and laid out, which keeps a screen change within
 * a frame on a slow kiosk PC. Screens no longer one tap away are dropped in the next idle moment.
 * The deck holds guide texts and, for the recap, the visitor's path: nothing typed; it is dropped
 * with the guide view at the end of the visit.
 */
export class ScreenDeck<Language extends DeckLanguage> {
  /** The rendered screens, in the order they were added (a screen never moves once rendered). */
  screens: readonly DeckScreen<Language>[] = $state.raw([]);
  /** The `deckKey` of the screen shown ('' while a portal screen is shown). */
  shown = $state('');
  /** True until the screens one tap away are all rendered. */
  renderingAhead = $state(false);

  readonly #scheduler: IdleScheduler;
  #index: GuideIndex | undefined;
  #pending: number | undefined;
  #lastRequest: { readonly index: GuideIndex; readonly texts: Language; readonly path: string } | undefined;
  /** A number per texts object: new texts (another language, reloaded texts) mean new screens. */
  readonly #textsNumbers = new WeakMap<Language, number>();
  #nextTextsNumber = 0;

  constructor(scheduler: IdleScheduler) {
    this.#scheduler = scheduler;
  }

  /**
   * Shows the screen at the end of `path` in `texts`: at once if it is rendered, else it is
   * rendered now. Then, in idle moments, renders what is one tap away and drops the rest. A portal
   * screen is not a guide screen: the deck is emptied (the guide view is not on screen then), and
   * so are the screens in other texts when the language changes.
   */
  show(index: GuideIndex, visitorPath: readonly string[], texts: Language): void {
    const path = [...visitorPath];
    // The same screen on the same path in the same texts: what is planned stays planned.
    const request = { index, texts, path: path.join('>') };
    const last = this.#lastRequest;
    if (last !== undefined && last.index === index && last.texts === texts && last.path === request.path) return;
    this.#lastRequest = request;
    this.#cancel();
    if (index !== this.#index) {
      this.#index = index;
      this.screens = [];
    }
    const current = this.#deckScreen(screenOnPath(index, path), texts);
    if (index.screen(current.id).kind === 'portal') {
      this.screens = [];
      this.shown = '';
      this.renderingAhead = false;
      return;
    }
    // Screens in other texts are of no more use, and the page's new language and direction would
    // have them laid out again: they go at once.
    if (this.screens.some((screen) => screen.texts !== texts)) this.screens = this.screens.filter((screen) => screen.texts === texts);
    if (!this.#has(current.deckKey)) this.screens = [...this.screens, current];
    this.shown = current.deckKey;
    this.renderingAhead = true;
    // Everything else waits for an idle moment: the tap only shows.
    this.#later(() => {
      const wanted = [current, ...screensOneTapAway(index, path).map((screen) => this.#deckScreen(screen, texts))];
      const keep = wanted.map((screen) => screen.deckKey);
      if (this.screens.some((screen) => !keep.includes(screen.deckKey))) this.screens = this.screens.filter((screen) => keep.includes(screen.deckKey));
      this.#renderAhead(wanted);
    });
  }

  /** Stops the work planned for idle moments (the guide view is going away). */
  dispose(): void {
    this.#cancel();
    this.#lastRequest = undefined;
    this.renderingAhead = false;
  }

  /** Renders the first wanted screen not rendered yet, then plans the next one. */
  #renderAhead(wanted: readonly DeckScreen<Language>[]): void {
    const missing = wanted.find((screen) => !this.#has(screen.deckKey));
    if (missing === undefined) {
      this.renderingAhead = false;
      return;
    }
    this.#later(() => {
      this.screens = [...this.screens, missing];
      this.#renderAhead(wanted);
    });
  }

  #deckScreen(screen: ScreenOnPath, texts: Language): DeckScreen<Language> {
    let number = this.#textsNumbers.get(texts);
    if (number === undefined) {
      number = (this.#nextTextsNumber += 1);
      this.#textsNumbers.set(texts, number);
    }
    return { ...screen, deckKey: `${texts.language}#${String(number)}:${screen.key}`, texts };
  }

  #has(deckKey: string): boolean {
    return this.screens.some((screen) => screen.deckKey === deckKey);
  }

  #later(task: () => void): void {
    this.#pending = this.#scheduler.request(() => {
      this.#pending = undefined;
      task();
    });
  }

  #cancel(): void {
    if (this.#pending !== undefined) this.#scheduler.cancel(this.#pending);
    this.#pending = undefined;
  }
}

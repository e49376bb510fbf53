import type { GuideIndex } from '../../common/guide/visitor-path.ts';
import type { WipeReport } from '../../common/portal/portal-types.ts';
import {
  countdownSecondsLeft,
  initialVisitorState,
  isFinalWarning,
  nextVisitorWakeUp,
  reduceVisitor,
  showsAttractLoop,
  type ScreenKind,
  type VisitorEvent,
  type VisitorSettings,
  type VisitorState,
} from '../../common/visitor/visitor-lifecycle.ts';
import { VisitorPath } from './visitor-path.svelte.ts';

/** What a visit needs from the rest of the renderer. */
export interface VisitDeps {
  readonly index: () => GuideIndex;
  /** Asks the shell to sign out and destroy the portal; resolves with what was cleared. */
  readonly endVisit: () => Promise<WipeReport | undefined>;
  /** Clears every other renderer store of the visit as it ends (the portal's state…). */
  readonly clearRenderer: () => void;
  /**
   * Clears what the thank-you still needs once it is over, before the next visitor: the visitor's
   * language and text size, so the thank-you speaks their language.
   */
  readonly clearAfterThanks?: () => void;
  /** A monotonic clock in ms (changing the system clock cannot end a visit). */
  readonly now?: () => number;
  /** A visit started (for the anonymous statistics). */
  readonly onStarted?: () => void;
  /** A visit is ending, before anything of it is cleared (for the anonymous statistics). */
  readonly onEnding?: () => void;
}

/**
 * The current visitor, run by the pure lifecycle machine with one timer. Ending a visit drops
 * every trace of it from the renderer: the path, and whatever `clearRenderer` resets.
 */
export class Visit {
  state: VisitorState;
  path: VisitorPath | undefined = $state();
  /** Seconds left in the idle countdown, while it shows. */
  secondsLeft: number | undefined = $state();
  /** True while the countdown is the longest visit's: it has no "Je suis encore là". */
  finalCountdown = $state(false);
  /** What the last ending cleared (names and timings only). */
  lastWipe: WipeReport | undefined = $state.raw();
  readonly #deps: VisitDeps;
  readonly #now: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: VisitDeps, settings: VisitorSettings) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => performance.now());
    this.state = $state.raw(initialVisitorState(settings));
    this.#prepareWaiting();
  }

  /** A tap on the attract screen (or, in staff mode, on the first guide screen). */
  start(): void {
    this.#dispatch({ type: 'start', at: this.#now() });
  }

  /** A touch or key anywhere, a key of the on-screen keyboard, or a ping from the portal. */
  activity(): void {
    if (this.state.phase === 'waiting' && !showsAttractLoop(this.state.settings.mode)) this.start();
    else this.#dispatch({ type: 'activity', at: this.#now() });
  }

  /** The visitor moved to a screen of this kind. */
  screen(kind: ScreenKind): void {
    this.#dispatch({ type: 'screen', screen: kind, at: this.#now() });
  }

  /** "Terminer" (recap), "Imprimer et terminer" or "Terminer sans imprimer" (portal). */
  end(): void {
    this.#dispatch({ type: 'end-requested', at: this.#now() });
  }

  /**
   * The shell's longest visit: the final countdown starts (`secondsLeft` > 0), or the shell has
   * ended the portal (0) and the visit ends as an idle one does, through the same wipe.
   */
  timeLimit(secondsLeft: number): void {
    this.#dispatch({ type: 'time-limit', secondsLeft, at: this.#now() });
  }

  /** Staff ended the visit. */
  staffEnd(): void {
    this.#dispatch({ type: 'staff-end', at: this.#now() });
  }

  /** New timeouts or mode (configuration reload, staff switch). */
  updateSettings(settings: VisitorSettings): void {
    this.#dispatch({ type: 'settings-changed', settings });
  }

  /** Stops the timer (the component is going away). */
  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #dispatch(event: VisitorEvent): void {
    const before = this.state;
    const after = reduceVisitor(before, event);
    if (after !== before) {
      this.state = after;
      this.#enter(before, after);
    }
    this.secondsLeft = countdownSecondsLeft(this.state, this.#now());
    this.finalCountdown = isFinalWarning(this.state);
    this.#schedule();
  }

  #enter(before: VisitorState, after: VisitorState): void {
    if (after.phase === 'active' && before.phase === 'waiting') {
      this.path ??= new VisitorPath(this.#deps.index);
      this.#deps.onStarted?.();
    }
    if (after.phase === 'ending' && before.phase !== 'ending') {
      this.#deps.onEnding?.();
      void this.#wipe();
    }
    if (after.phase === 'waiting' && before.phase !== 'waiting') {
      this.#deps.clearAfterThanks?.();
      this.#prepareWaiting();
    }
  }

  /** In staff mode the first guide screen waits instead of the attract screen. */
  #prepareWaiting(): void {
    this.path = showsAttractLoop(this.state.settings.mode) ? undefined : new VisitorPath(this.#deps.index);
  }

  async #wipe(): Promise<void> {
    this.path = undefined;
    this.#deps.clearRenderer();
    let report: WipeReport | undefined;
    try {
      report = await this.#deps.endVisit();
    } catch {
      report = undefined;
    }
    this.lastWipe = report;
    this.#dispatch({ type: 'ending-completed', at: this.#now() });
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const now = this.#now();
    const wake = nextVisitorWakeUp(this.state, now);
    if (wake === undefined) return;
    this.#timer = setTimeout(() => this.#dispatch({ type: 'tick', at: this.#now() }), Math.max(0, wake - now));
  }
}

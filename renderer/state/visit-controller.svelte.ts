import { untrack } from 'svelte';
import type { Unsubscribe } from '../../common/bridge/contract.ts';
import { placeholderValues } from '../../common/guide/placeholders.ts';
import { GuideIndex } from '../../common/guide/visitor-path.ts';
import type { PrintResult } from '../../common/slip/slip-bridge.ts';
import type { SlipFormat } from '../../common/slip/slip-format.ts';
import type { ScreenKind, VisitorSettings } from '../../common/visitor/visitor-lifecycle.ts';
import { Translator } from '../i18n/translator.ts';
import { printResultOf } from '../slip/print-flow.ts';
import { VisitStatistics } from '../staff/visit-statistics-reporter.ts';
import { displayClasses, type DisplaySettings } from './display-settings.svelte.ts';
import type { LanguageChoice } from './language-choice.svelte.ts';
import type { PortalSession } from './portal-session.svelte.ts';
import type { ShellState } from './shell-state.svelte.ts';
import { Visit } from './visit.svelte.ts';

/** The page's root element, as far as the visit changes it. */
export interface VisitRoot {
  /** The visitor's language and its writing direction (`lang` and `dir` of the root). */
  setLanguage(language: string, direction: 'ltr' | 'rtl'): void;
  /** The visitor's text size and contrast, as root classes (`text-150`, `contrast-high`…). */
  setDisplayClasses(classes: readonly string[]): void;
}

/** Where the visitor's touches and keys anywhere in the host window come from. */
export type ActivitySource = (onActivity: () => void) => Unsubscribe;

/** What the visit controller drives. */
export interface VisitControllerDeps {
  readonly shell: ShellState;
  readonly portal: PortalSession;
  readonly language: LanguageChoice;
  readonly display: DisplaySettings;
  readonly root: VisitRoot;
  readonly activity: ActivitySource;
}

/**
 * The visit's life cycle for the whole page: loads the shell's configuration and guide, creates
 * the one `Visit` once they are known (attract → guide → portal → recap → thanks), feeds it the
 * kind of screen shown (its idle timeout), the visitor's activity and the shell's longest visit,
 * reports the anonymous statistics, and keeps the root element's language, direction, text size
 * contrast and reach in step with the visitor's choices (reach starting from the kiosk's setting). `App.svelte` only renders what it exposes.
 */
export class VisitController {
  /** The shell's configuration, app information and guide, once loaded. */
  readonly ready = $derived.by(() => (this.deps.shell.status.kind === 'ready' ? this.deps.shell.status : undefined));
  /** The guide graph, indexed. */
  readonly index = $derived(this.ready === undefined ? undefined : new GuideIndex(this.ready.guide.graph));
  /** The visitor's language's texts, with the school's placeholders filled. */
  readonly translator = $derived.by(() =>
    this.ready === undefined
      ? undefined
      : new Translator(this.deps.language.texts ?? this.ready.guide.texts, placeholderValues(this.ready.config.config)),
  );
  /** The one visit of the page, created once the guide and settings are known. */
  visit: Visit | undefined = $state();
  /** The visit's phase (`waiting`, `active`, `warning`, `ending`, `thanks`). */
  readonly phase = $derived(this.visit?.state.phase);

  readonly #settings = $derived(
    this.ready === undefined ? undefined : { timeouts: this.ready.config.config.timeouts, mode: this.ready.appInfo.mode },
  );
  readonly #screenKind: ScreenKind | undefined = $derived.by(() => {
    const current = this.visit?.path?.current;
    if (current === undefined || this.index === undefined) return undefined;
    const kind = this.index.screen(current).kind;
    return kind === 'portal' ? 'portal' : kind === 'recap' ? 'recap' : 'guide';
  });
  readonly #statistics: VisitStatistics;
  /** What the controller drives (the renderer's stores and the page's root). */
  readonly deps: VisitControllerDeps;

  constructor(deps: VisitControllerDeps) {
    this.deps = deps;
    // Anonymous statistics of the visits: guide ids and the language, never anything typed.
    this.#statistics = new VisitStatistics(
      () => this.index?.graph,
      (event) => deps.shell.kiosk.recordStatistic(event),
    );
  }

  /**
   * Loads the shell and follows the visit until the returned function is called (the page's
   * lifetime; tests call it to stop).
   */
  start(): () => void {
    return $effect.root(() => {
      const { shell, portal, display, root, activity } = this.deps;
      // Loading writes the shell's status, which the effects below read: it must not track it.
      $effect(() =>
        untrack(() => {
          void shell.load();
          return shell.follow();
        }),
      );
      $effect(() => {
        const settings = this.#settings;
        if (settings === undefined) return;
        // Only the settings drive this: the visit's own state, read while it updates, must not.
        untrack(() => {
          if (this.visit === undefined) this.visit = this.#createVisit(settings);
          else this.visit.updateSettings(settings);
        });
      });
      $effect(() => () => this.visit?.dispose());
      // While the countdown shows, only its own buttons answer: a touch that dismissed it on
      // pointerdown would let the same tap land on whatever lies underneath.
      $effect(() => {
        const onActivity = (): void => {
          if (this.visit?.state.phase !== 'warning') this.visit?.activity();
        };
        const stopActivity = activity(onActivity);
        const stopPortal = portal.follow({ activity: onActivity, timeLimit: (secondsLeft) => this.visit?.timeLimit(secondsLeft) });
        return () => {
          stopActivity();
          stopPortal();
        };
      });
      $effect(() => {
        const kind = this.#screenKind;
        const current = this.visit;
        if (kind !== undefined && current !== undefined) untrack(() => current.screen(kind));
      });
      $effect(() => {
        const current = this.visit?.path?.current;
        if (current !== undefined) untrack(() => this.#statistics.screen(current));
      });
      $effect(() => {
        const reach = this.ready?.config.config.reach;
        if (reach !== undefined) untrack(() => display.useKioskReach(reach));
      });
      $effect(() => root.setDisplayClasses(displayClasses(display)));
      $effect(() => {
        const translator = this.translator;
        if (translator !== undefined) root.setLanguage(translator.language, translator.direction);
      });
    });
  }

  /** Prints the current visitor's slip: the shell rebuilds it from the path and the language. */
  async printSlip(format: SlipFormat | undefined): Promise<PrintResult> {
    const ids = this.visit?.path?.ids;
    if (ids === undefined) return { ok: false, reason: 'failed' };
    const result = printResultOf(
      await this.deps.shell.kiosk.printSlip({
        path: [...ids],
        language: this.deps.language.current,
        ...(format === undefined ? {} : { format }),
      }),
    );
    if (result.ok) this.#statistics.slipPrinted();
    return result;
  }

  #createVisit(settings: VisitorSettings): Visit {
    const { shell, portal, language, display } = this.deps;
    return (
        new Visit(
          {
            index: () => {
              if (this.index === undefined) throw new Error('The guide is not loaded');
              return this.index;
            },
            endVisit: async () => {
              const result = await shell.kiosk.endVisit();
              return result.ok ? result.value : undefined;
            },
            clearRenderer: () => portal.reset(),
            // The thank-you speaks the visitor's language, in their text size: both are reset after it.
            clearAfterThanks: () => {
              language.reset();
              display.reset();
            },
            onStarted: () => this.#statistics.started(),
            onEnding: () => this.#statistics.ended(language.current, { portalSucceeded: portal.reachedSuccess }),
          },
          settings,
        )
    );
  }
}

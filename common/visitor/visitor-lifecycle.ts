/**
 * The visitor lifecycle as a pure state machine:
 *
 * | from             | event                                          | to                      |
 * | ---------------- | ---------------------------------------------- | ----------------------- |
 * | waiting          | start tap                                      | active (guide screen)   |
 * | active           | activity, screen change                        | active (idle restarts)  |
 * | active           | tick past the idle timeout of its screen kind  | warning (countdown)     |
 * | warning          | activity ("Je suis encore là"), screen change  | active                  |
 * | warning          | tick past the end of the countdown             | ending (idle)           |
 * | active, warning  | shell's time limit, seconds left > 0           | final warning           |
 * | final warning    | activity, screen change                        | final warning (kept)    |
 * | final warning    | tick past the end of the countdown             | ending (time-limit)     |
 * | active, warning  | shell's time limit, 0 seconds left             | ending (time-limit)     |
 * | active, warning  | "Terminer" / staff end / renderer crash        | ending                  |
 * | ending           | tick past the watchdog                         | ending, flagged overdue |
 * | ending           | ending completed                               | thanks                  |
 * | thanks           | tick past the thank-you                        | waiting                 |
 * | any              | settings changed (config reload, mode switch)  | same phase, new settings|
 *
 * Every other event leaves the state as it is: an end requested twice ends once, activity while
 * ending is ignored. The final warning is the countdown of the longest visit, which the shell
 * enforces whatever the activity: it has no "Je suis encore là", and nothing but its end or
 * "Terminer" leaves it.
 *
 * `reduceVisitor(state, event)` returns the next state (the same object when the event changes
 * nothing); the derived queries tell the host when to wake up next and how many seconds the
 * countdown shows, so it runs the machine with one timer. Time is always passed in, in
 * milliseconds of a monotonic clock (`performance.now()`), never read here: changing the system
 * clock cannot end a visit.
 */
import type { KioskMode } from '../bridge/app-info.ts';
import type { VisitorTimeouts } from './visitor-timeouts.ts';

/** The kinds of screen, each with its own idle timeout. */
export const screenKinds = ['guide', 'portal', 'recap'] as const;

/** The kind of screen the visitor is on. */
export type ScreenKind = (typeof screenKinds)[number];

/** Why a visit ended: "Terminer", the idle countdown, staff, a renderer crash, or the longest visit. */
export const endReasons = ['visitor', 'idle', 'staff', 'crash', 'time-limit'] as const;

/** Why a visit ended. */
export type EndReason = (typeof endReasons)[number];

/** What the lifecycle depends on: the configured timeouts and the kiosk's mode. */
export interface VisitorSettings {
  readonly timeouts: VisitorTimeouts;
  readonly mode: KioskMode;
}

/**
 * Idle timeouts are multiplied by this in staff mode: a secretary sits beside the parent and a
 * visit should not end while they talk (90 s on a guide screen becomes 6 min). The countdown
 * itself keeps its configured length. Demonstration mode (parent evenings) keeps the public
 * timeouts and the attract loop: the presenter moves between families and may leave it alone.
 */
export const staffIdleFactor = 4;

/** How long the thank-you screen shows before the kiosk is ready for the next visitor. */
export const thankYouMs = 4_000;

/**
 * How long ending may take before it is flagged overdue. Ending time-boxes each of its steps (the
 * portal sign-out gets 2 s at most); an overdue ending means a step hung, and the host must recover
 * (e.g. reload the renderer) rather than show the next visitor anything.
 */
export const endingWatchdogMs = 10_000;

/** The phase of the lifecycle, with what each phase needs to know. */
export type VisitorPhase =
  /** Nobody is using the kiosk: the attract screen (or, in staff mode, the guide's first screen). */
  | { readonly phase: 'waiting' }
  /** A visitor is using the kiosk. */
  | { readonly phase: 'active'; readonly screen: ScreenKind; readonly lastActivityAt: number }
  /**
   * The visitor was idle too long: the countdown with "Je suis encore là" is shown. `final` when
   * it is the longest visit's countdown instead: nothing the visitor does cancels it.
   */
  | { readonly phase: 'warning'; readonly screen: ScreenKind; readonly countdownEndsAt: number; readonly final: boolean }
  /** Everything of the visit is being wiped; nothing the visitor does counts any more. */
  | { readonly phase: 'ending'; readonly reason: EndReason; readonly startedAt: number; readonly overdue: boolean }
  /** The wipe is done; a short thank-you shows before the next visitor. */
  | { readonly phase: 'thanks'; readonly reason: EndReason; readonly endsAt: number };

/** The name of a phase. */
export type VisitorPhaseName = VisitorPhase['phase'];

/** The whole state of the lifecycle: its settings and its phase. */
export type VisitorState = { readonly settings: VisitorSettings } & VisitorPhase;

/** What can happen to the lifecycle. `at` is the time of the event (monotonic ms). */
export type VisitorEvent =
  /** The visitor tapped the attract screen (or the first guide screen in staff mode). */
  | { readonly type: 'start'; readonly at: number }
  /** A touch, a key, an on-screen keyboard press, or a throttled ping from the portal. */
  | { readonly type: 'activity'; readonly at: number }
  /** The visitor moved to a screen of the given kind (also counts as activity). */
  | { readonly type: 'screen'; readonly screen: ScreenKind; readonly at: number }
  /** The host's timer fired; the machine checks its deadlines against `at`. */
  | { readonly type: 'tick'; readonly at: number }
  /** The visitor pressed "Terminer et effacer". */
  | { readonly type: 'end-requested'; readonly at: number }
  /** Staff ended the visit from the staff screen. */
  | { readonly type: 'staff-end'; readonly at: number }
  /** The renderer crashed; whatever the visitor did must be wiped. */
  | { readonly type: 'renderer-crashed'; readonly at: number }
  /** Every wipe step has finished (or been abandoned at its time box). */
  | { readonly type: 'ending-completed'; readonly at: number }
  /** The configuration was reloaded or staff switched the mode. */
  | { readonly type: 'settings-changed'; readonly settings: VisitorSettings }
  /**
   * The shell's longest visit: the final countdown starts with `secondsLeft` (> 0), or the shell
   * has ended the portal (0) and the visit ends now.
   */
  | { readonly type: 'time-limit'; readonly secondsLeft: number; readonly at: number };

/** The lifecycle before anybody touches the kiosk. */
export function initialVisitorState(settings: VisitorSettings): VisitorState {
  return { settings, phase: 'waiting' };
}

/** True when the attract loop runs while waiting; in staff mode the guide's first screen waits instead. */
export function showsAttractLoop(mode: KioskMode): boolean {
  return mode !== 'staff';
}

/** How long a visitor may stay idle on a screen of this kind before the countdown starts, in ms. */
export function idleTimeoutMs(settings: VisitorSettings, screen: ScreenKind): number {
  const { idleSeconds, portalIdleSeconds, recapIdleSeconds } = settings.timeouts;
  const seconds = screen === 'portal' ? portalIdleSeconds : screen === 'recap' ? recapIdleSeconds : idleSeconds;
  const factor = settings.mode === 'staff' ? staffIdleFactor : 1;
  return seconds * factor * 1000;
}

/** The length of the countdown, in ms. */
export function countdownMs(settings: VisitorSettings): number {
  return settings.timeouts.countdownSeconds * 1000;
}

function beginEnding(state: VisitorState, reason: EndReason, at: number): VisitorState {
  return { settings: state.settings, phase: 'ending', reason, startedAt: at, overdue: false };
}

function beActive(state: VisitorState, screen: ScreenKind, at: number): VisitorState {
  return { settings: state.settings, phase: 'active', screen, lastActivityAt: at };
}

function onTick(state: VisitorState, at: number): VisitorState {
  switch (state.phase) {
    case 'waiting':
      return state;
    case 'active':
      if (at < state.lastActivityAt + idleTimeoutMs(state.settings, state.screen)) return state;
      // The visitor always sees the whole countdown, even when the tick comes late.
      return {
        settings: state.settings,
        phase: 'warning',
        screen: state.screen,
        countdownEndsAt: at + countdownMs(state.settings),
        final: false,
      };
    case 'warning':
      return at < state.countdownEndsAt ? state : beginEnding(state, state.final ? 'time-limit' : 'idle', at);
    case 'ending':
      if (state.overdue || at < state.startedAt + endingWatchdogMs) return state;
      return { ...state, overdue: true };
    case 'thanks':
      return at < state.endsAt ? state : initialVisitorState(state.settings);
  }
}

/** The shell's longest visit is near (final countdown) or reached (ending). */
function onTimeLimit(state: VisitorState, secondsLeft: number, at: number): VisitorState {
  if (state.phase !== 'active' && state.phase !== 'warning') return state;
  if (!(secondsLeft > 0)) return beginEnding(state, 'time-limit', at);
  const endsAt = at + Math.ceil(secondsLeft) * 1000;
  // A second announcement never gives the visit more time than the first.
  if (state.phase === 'warning' && state.final && state.countdownEndsAt <= endsAt) return state;
  return { settings: state.settings, phase: 'warning', screen: state.screen, countdownEndsAt: endsAt, final: true };
}

/** The next state of the lifecycle after `event`; `state` itself when the event changes nothing. */
export function reduceVisitor(state: VisitorState, event: VisitorEvent): VisitorState {
  switch (event.type) {
    case 'settings-changed':
      return { ...state, settings: event.settings };
    case 'tick':
      return onTick(state, event.at);
    case 'time-limit':
      return onTimeLimit(state, event.secondsLeft, event.at);
    case 'start':
      return state.phase === 'waiting' ? beActive(state, 'guide', event.at) : state;
    case 'activity':
      if (state.phase === 'active') {
        return event.at > state.lastActivityAt ? beActive(state, state.screen, event.at) : state;
      }
      // "Je suis encore là", or any touch, cancels the countdown — but not the final one.
      return state.phase === 'warning' && !state.final ? beActive(state, state.screen, event.at) : state;
    case 'screen':
      if (state.phase === 'warning' && state.final) return state;
      if (state.phase !== 'active' && state.phase !== 'warning') return state;
      return beActive(state, event.screen, state.phase === 'active' ? Math.max(event.at, state.lastActivityAt) : event.at);
    case 'end-requested':
    case 'staff-end':
    case 'renderer-crashed': {
      if (state.phase !== 'active' && state.phase !== 'warning') return state;
      const reason: EndReason = event.type === 'end-requested' ? 'visitor' : event.type === 'staff-end' ? 'staff' : 'crash';
      return beginEnding(state, reason, event.at);
    }
    case 'ending-completed':
      if (state.phase !== 'ending') return state;
      return { settings: state.settings, phase: 'thanks', reason: state.reason, endsAt: event.at + thankYouMs };
  }
}

/** True while a visitor is using the kiosk (active or shown the countdown). */
export function isVisitInProgress(state: VisitorState): boolean {
  return state.phase === 'active' || state.phase === 'warning';
}

/**
 * When the next deadline falls (monotonic ms): the idle timeout, the end of the countdown, the
 * ending watchdog, or the end of the thank-you. `undefined` when nothing is due (waiting, or an
 * ending already flagged overdue).
 */
export function visitorDeadline(state: VisitorState): number | undefined {
  switch (state.phase) {
    case 'waiting':
      return undefined;
    case 'active':
      return state.lastActivityAt + idleTimeoutMs(state.settings, state.screen);
    case 'warning':
      return state.countdownEndsAt;
    case 'ending':
      return state.overdue ? undefined : state.startedAt + endingWatchdogMs;
    case 'thanks':
      return state.endsAt;
  }
}

/** True while the final countdown of the longest visit shows (no "Je suis encore là"). */
export function isFinalWarning(state: VisitorState): boolean {
  return state.phase === 'warning' && state.final;
}

/** The whole seconds the countdown shows at `now` (rounded up; 0 once it has run out); `undefined` outside the countdown. */
export function countdownSecondsLeft(state: VisitorState, now: number): number | undefined {
  if (state.phase !== 'warning') return undefined;
  return Math.max(0, Math.ceil((state.countdownEndsAt - now) / 1000));
}

/**
 * When the host should send the next `tick` (monotonic ms): the next deadline, or, during the
 * countdown, the moment its displayed seconds change, whichever comes first; `now` when a deadline
 * has already passed. `undefined` when no timer is needed.
 */
export function nextVisitorWakeUp(state: VisitorState, now: number): number | undefined {
  const deadline = visitorDeadline(state);
  if (deadline === undefined) return undefined;
  const left = deadline - now;
  if (left <= 0) return now;
  if (state.phase !== 'warning') return deadline;
  const untilSecondChanges = left % 1000 === 0 ? 1000 : left % 1000;
  return Math.min(deadline, now + untilSecondChanges);
}

/**
 * The visitor timeouts of the configuration and the range each one accepts. The configuration
 * schema builds its checks from these ranges, so there is one place that says what a timeout may be.
 */

/** The accepted range of one timeout, in seconds, both ends included. */
export interface SecondsRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The accepted range of each timeout. The portal allows longer waits (a parent may wait minutes
 * for an SMS); the longest visit is bounded whatever the activity.
 */
export const visitorTimeoutRanges = {
  idleSeconds: { min: 20, max: 900 },
  portalIdleSeconds: { min: 60, max: 1800 },
  recapIdleSeconds: { min: 20, max: 900 },
  countdownSeconds: { min: 5, max: 120 },
  maxVisitSeconds: { min: 300, max: 7200 },
} as const satisfies Record<string, SecondsRange>;

/** The name of one visitor timeout. */
export type VisitorTimeoutName = keyof typeof visitorTimeoutRanges;

/** The configured visitor timeouts, in whole seconds. */
export type VisitorTimeouts = { readonly [name in VisitorTimeoutName]: number };

/** Every timeout name, in configuration order. */
export const visitorTimeoutNames = Object.keys(visitorTimeoutRanges) as VisitorTimeoutName[];

/** The longest visit when the configuration does not say: 20 minutes. */
export const defaultMaxVisitSeconds = 1200;

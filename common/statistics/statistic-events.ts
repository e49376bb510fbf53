/**
 * What the kiosk counts, as events. Each carries at most a name from the guide or the allow-list
 * (a language code, a route or screen id, a host name): never an identifier, a time, or anything a
 * visitor typed.
 */
import * as v from 'valibot';
import { portalRefusals } from '../portal/portal-types.ts';

/**
 * A name counted under a statistic: a guide id, a language code, or `_other` for names beyond the
 * per-day limit. Letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64;
 * never `constructor` or `prototype`, which object schemas drop on reading.
 */
export const statisticKeyPattern = /^(?:_other|(?!(?:constructor|prototype)$)[A-Za-z0-9][A-Za-z0-9._-]{0,63})$/;

/** Names that must never become object keys. */
const reservedNames = new Set(['constructor', 'prototype']);

/** Schema of a counted name. */
export const statisticKeySchema = v.pipe(v.string(), v.regex(statisticKeyPattern, 'un identifiant du guide'));

/** Schema of a language code (`fr`, `ar`, `zh-Hans`). */
export const languageCodeSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, 'un code de langue'));

const hostNamePattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** True when `text` is a lower-case host name (no scheme, port, path or query), at most 253 characters. */
export function isHostName(text: string): boolean {
  return text.length <= 253 && hostNamePattern.test(text) && !reservedNames.has(text);
}

/** True when `text` can be counted as a name (see `statisticKeyPattern`). */
export function isStatisticKey(text: string): boolean {
  return statisticKeyPattern.test(text);
}

/** Schema of a host name, lower case, as the navigation policy reports it (no path, no query). */
export const hostNameSchema = v.pipe(v.string(), v.check(isHostName, 'un nom d’hôte'));

/** Events the renderer may report (payload of the `recordStatistic` bridge method). */
export const visitorStatisticEventSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('visit-started') }),
  /** The visitor reached the recap. */
  v.strictObject({ kind: v.literal('visit-completed') }),
  v.strictObject({ kind: v.literal('language-chosen'), language: languageCodeSchema }),
  v.strictObject({ kind: v.literal('route-taken'), route: statisticKeySchema }),
  /** "Avez-vous réussi ?" */
  v.strictObject({ kind: v.literal('outcome-answered'), succeeded: v.boolean() }),
  /** The visit ended (idle, staff, crash) on this screen without reaching the recap. */
  v.strictObject({ kind: v.literal('visit-abandoned'), screen: statisticKeySchema }),
  /**
   * The visit ended on this portal screen without reaching the recap: "Terminer et effacer" from
   * the portal, often once the parent is done there — not counted as abandoned.
   */
  v.strictObject({ kind: v.literal('visit-ended-in-portal'), screen: statisticKeySchema }),
  v.strictObject({ kind: v.literal('slip-printed') }),
]);

/** Schema of every counted event: the renderer's, plus those the main process observes itself. */
export const statisticEventSchema = v.variant('kind', [
  ...visitorStatisticEventSchema.options,
  /** The portal was refused a navigation to this host. */
  v.strictObject({ kind: v.literal('host-blocked'), host: hostNameSchema }),
  /** A portal page tried to open the file chooser or the print dialog, and the kiosk refused it. */
  v.strictObject({ kind: v.literal('portal-refused'), what: v.picklist(portalRefusals) }),
]);

/** An event the renderer reports. */
export type VisitorStatisticEvent = v.InferOutput<typeof visitorStatisticEventSchema>;

/** Any counted event. */
export type StatisticEvent = v.InferOutput<typeof statisticEventSchema>;

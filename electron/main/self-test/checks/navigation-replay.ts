/**
 * The navigation policy's cases turned into real navigations: each address as the page itself
 * would reach it (resolved against the page it starts from, as the browser does), what the
 * kiosk's own allow-list says of it, and a harmless form of every `javascript:` address (no dialog
 * may ever open on the kiosk).
 */
import { hostOf, isAllowedUrl } from '../../../../common/navigation-policy.ts';
import { navigationPolicyCases } from '../../../../common/navigation-policy-cases.ts';

/** One navigation to try. */
export interface ReplayCase {
  /** The case's name in the policy table. */
  readonly label: string;
  /** The address the page is sent to. */
  readonly url: string;
  /** Where the browser goes from the start page (undefined when the address does not parse). */
  readonly resolved: string | undefined;
  /** What the kiosk's allow-list says of the resolved address. */
  readonly allowed: boolean;
}

/** `javascript:` addresses with their dialogs replaced by `void`: the effect is the same for the policy. */
export function harmless(url: string): string {
  return /^\s*javascript:/i.test(url) ? url.replace(/alert\(/g, 'void(') : url;
}

/** The address the browser resolves `url` to from `base`, or undefined when it does not parse. */
export function resolveFrom(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** The policy's cases as navigations from `startUrl`, judged against `allowedHosts`. */
export function replayCases(allowedHosts: readonly string[], startUrl: string): ReplayCase[] {
  return navigationPolicyCases.map(([label, address]) => {
    const url = harmless(address);
    const resolved = resolveFrom(url, startUrl);
    return { label, url, resolved, allowed: resolved !== undefined && isAllowedUrl(resolved, allowedHosts) };
  });
}

/** The host to name for an address in a report: its host, or its scheme when it has none. */
export function nameOf(url: string): string {
  const host = hostOf(url);
  if (host !== undefined) return host;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined ? 'une adresse illisible' : `une adresse ${scheme.toLowerCase()}:`;
}

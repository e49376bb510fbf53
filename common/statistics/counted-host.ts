/**
 * Which name a refused host is counted under. A page chooses the addresses it links to, so a host
 * name can carry anything (a tracking token, a name in a subdomain): the statistics keep a host only
 * when the kiosk already knows it — one of the school's own addresses and allowed hosts, or a site
 * parents are commonly sent to from the portal — and count every other one as `_other`.
 */
import type { SchoolConfig } from '../config/school-config.ts';
import { hostOf } from '../navigation-policy.ts';
import { otherName } from './statistics.ts';

/** Sites outside the allow-list that pages of the portal are known to link to. */
export const commonOutsideHosts: readonly string[] = [
  'www.education.gouv.fr',
  'assistanceteleservices.education.gouv.fr',
  'www.service-public.fr',
  'franceconnect.gouv.fr',
  'www.index-education.com',
  'play.google.com',
  'apps.apple.com',
  'accounts.google.com',
  'www.google.com',
  'www.facebook.com',
  'www.youtube.com',
  'x.com',
  'twitter.com',
  'www.example.com',
];

/** The host names the statistics may keep, for one configuration. */
export function knownHostNames(config: Pick<SchoolConfig, 'addresses' | 'allowedHosts'>): ReadonlySet<string> {
  const known = new Set(commonOutsideHosts);
  for (const address of Object.values(config.addresses)) {
    const host = hostOf(address);
    if (host !== undefined && host !== '') known.add(host);
  }
  for (const pattern of config.allowedHosts) if (!pattern.startsWith('*.')) known.add(pattern);
  return known;
}

/** The name a refused host is counted under: itself when known, `_other` otherwise. */
export function countedHostName(host: string, known: ReadonlySet<string>): string {
  return known.has(host) ? host : otherName;
}

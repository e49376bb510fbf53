import { getDomain } from 'tldts';

/**
 * How a host chosen by a page is written in the référent's log: its registrable domain at most
 * (`famille-martin.impots.gouv.fr` → `impots.gouv.fr`), from the Public Suffix List. A subdomain is
 * the page's choice and can carry anything (a name, a tracking token); the registrable domain is
 * what the référent needs to recognise the site.
 */
export function loggedHost(host: string): string {
  if (host === '') return 'an address without a host';
  const domain = getDomain(host, { allowPrivateDomains: false, validateHostname: true });
  return domain ?? 'an address without a registrable domain';
}

/** `loggedHost` of an address's host; addresses that do not parse are named as such. */
export function loggedHostOf(url: string): string {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return 'an address that does not parse';
  }
  return loggedHost(hostname);
}

/**
 * The controlled portal's navigation policy: which addresses the portal may show, decided on the
 * parsed URL against the school's allow-list of hosts. Pure: used by the main process (every
 * navigation, redirect, popup and frame request) and by the configuration schema (the patterns).
 *
 * An address is allowed only when all of these hold:
 * - it is written in full as `https://host…` (no protocol-relative or slash-less form);
 * - it contains no whitespace, control or invisible formatting character anywhere;
 * - its authority is not empty and has no user name or password (`@`), no percent-escape and is
 *   not ended by a backslash;
 * - its port is the default one (none, or `:443`);
 * - its host, lower-cased, turned to punycode and stripped of one trailing dot, is a DNS name
 *   (not an IP literal) that equals an exact entry or is a strict subdomain of a `*.` entry.
 *
 * The rules on the raw text are stricter than the URL standard on purpose: the main process sees
 * Chromium's canonical URLs, which never need what is refused here, while a hand-written or
 * page-supplied address that relies on a parser's leniency is exactly what a bypass looks like.
 */

/** One DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
const labelPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A top-level label: letters only, or an internationalised (punycode) one. */
const topLabelPattern = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Longest host name DNS allows, in characters, without the trailing dot. */
const maxHostLength = 253;

/** The prefix of a suffix rule. */
const suffixRulePrefix = '*.';

/**
 * Whitespace, control and invisible formatting characters (zero-width, bidi overrides, soft
 * hyphen…) and separators. None of them belongs in an address the portal follows.
 */
const invisibleOrControl = /[\p{Cc}\p{Cf}\p{Z}\s]/u;

/** True when `host` is a lower-case ASCII DNS name with at least `minLabels` labels. */
function isDnsName(host: string, minLabels: number): boolean {
  if (host.length === 0 || host.length > maxHostLength) return false;
  const labels = host.split('.');
  if (labels.length < minLabels) return false;
  const top = labels[labels.length - 1] ?? '';
  return topLabelPattern.test(top) && labels.every((label) => labelPattern.test(label));
}

/**
 * True when `pattern` is a valid allow-list entry: an exact host in lower-case ASCII (punycode for
 * internationalised names), such as `educonnect.education.gouv.fr`, or a suffix rule `*.` followed
 * by such a host of at least two labels, such as `*.index-education.net`. A rule for a whole
 * top-level domain (`*.fr`), a nested wildcard (`*.*.fr`), an IP address, a port, a scheme, a path,
 * upper case and surrounding spaces are all refused.
 */
export function isValidHostPattern(pattern: string): boolean {
  if (pattern.startsWith(suffixRulePrefix)) return isDnsName(pattern.slice(suffixRulePrefix.length), 2);
  return isDnsName(pattern, 2);
}

/** Removes exactly one trailing dot (the DNS root), as in `example.fr.`. */
function withoutRootDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** Parses `url`, or returns undefined when it is not a URL. */
function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The host of `url`, normalised as the policy compares it (lower case, punycode, one trailing
 * dot removed), or undefined when `url` has none. Only this may be reported about a refused
 * address — never its path, query or fragment.
 */
export function hostOf(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (parsed === undefined) return undefined;
  const host = withoutRootDot(parsed.hostname);
  return host === '' ? undefined : host;
}

/** The raw authority of an address written as `https://…`: up to the first `/`, `\`, `?` or `#`. */
function rawAuthority(url: string): string {
  const rest = url.slice('https://'.length);
  const end = rest.search(/[/\\?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** True when the text of `url` has a plain `https://host[:port]` start and nothing invisible. */
function hasPlainHttpsForm(url: string): boolean {
  if (!/^https:\/\//i.test(url) || invisibleOrControl.test(url)) return false;
  const authority = rawAuthority(url);
  const terminator = url.charAt('https://'.length + authority.length);
  return authority !== '' && terminator !== '\\' && !/[@%]/.test(authority);
}

/** True when `host` (normalised) matches one allow-list entry. Invalid entries match nothing. */
function matchesEntry(host: string, entry: string): boolean {
  if (!isValidHostPattern(entry)) return false;
  if (!entry.startsWith(suffixRulePrefix)) return host === entry;
  const suffix = entry.slice(suffixRulePrefix.length);
  return host.length > suffix.length + 1 && host.endsWith(`.${suffix}`);
}

/**
 * True when the portal may show `url` under the allow-list `allowedHosts` (exact hosts and `*.`
 * suffix rules, see {@link isValidHostPattern}). Everything else is refused, including unparsable
 * input and every scheme but `https:` (`http:`, `data:`, `blob:`, `javascript:`, `file:`,
 * `about:`, `chrome:`, `ws:`, `wss:`…).
 */
export function isAllowedUrl(url: string, allowedHosts: readonly string[]): boolean {
  if (!hasPlainHttpsForm(url)) return false;
  const parsed = parseUrl(url);
  if (parsed === undefined || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = withoutRootDot(parsed.hostname);
  if (!isDnsName(host, 2)) return false;
  return allowedHosts.some((entry) => matchesEntry(host, entry));
}

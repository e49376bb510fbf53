/**
 * What a portal event counts in the anonymous statistics: a refused navigation by the name its
 * host is counted under, or a refused file chooser or print dialog. Every other event counts nothing.
 */
import type { PortalEvent } from '../portal/portal-types.ts';
import { countedHostName } from './counted-host.ts';
import type { StatisticEvent } from './statistic-events.ts';

/** The statistic a portal event counts, or undefined when it counts none. */
export function portalStatistic(event: PortalEvent, knownHosts: ReadonlySet<string>): StatisticEvent | undefined {
  if (event.type === 'blocked') return { kind: 'host-blocked', host: countedHostName(event.host, knownHosts) };
  if (event.type === 'refused') return { kind: 'portal-refused', what: event.what };
  return undefined;
}

/**
 * Fifty short visits in a row: the portal must reuse a small fixed pool of partitions (each
 * partition Electron creates stays in memory until the kiosk stops), and the main process's
 * memory must not grow between the 10th and the 50th visit beyond a tolerance.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { megabytes, outcome, seconds, type SelfTestCheck } from '../self-test-check.ts';
import { shortVisit } from '../visits.ts';

/** What the check saw. */
export interface FiftyVisitsObservation {
  readonly visits: number;
  /** Visits whose end did not close the portal. */
  readonly notWiped: number;
  readonly partitionsAt10: number;
  readonly partitionsAt50: number;
  readonly rssAt10: number;
  readonly rssAt50: number;
  readonly averageVisitMs: number;
}

/** How many visits. */
export const visitCount = 50;

/** The visit at which the baseline is taken: after it, every pooled partition has been used. */
export const baselineVisit = 10;

/** The most partitions a "small fixed pool" may hold. */
export const maxPartitions = 10;

/**
 * How much the main process's resident memory may grow from the 10th to the 50th visit. It moves
 * by a few tens of MiB on its own (V8's garbage collection, Chromium's caches), while a leak of
 * what a visit creates in the main process — a session's network context and storage partition,
 * a view and its web contents, several MiB each — adds well over 100 MiB over 40 visits: 64 MiB
 * lies between the two.
 */
export const rssGrowthToleranceBytes = 64 * 1024 * 1024;

/** The fifty visits check. */
export const fiftyVisitsCheck: SelfTestCheck<FiftyVisitsObservation> = {
  ...selfTestCheckInfo('fifty-visits'),
  timeoutMs: 6 * 60_000,
  run: async (context) => {
    const { kiosk } = context;
    let notWiped = 0;
    let totalMs = 0;
    let partitionsAt10 = 0;
    let rssAt10 = 0;
    for (let visit = 1; visit <= visitCount; visit += 1) {
      const { ms, wiped } = await shortVisit(context);
      totalMs += ms;
      if (!wiped) notWiped += 1;
      if (visit === baselineVisit) {
        partitionsAt10 = kiosk.portal.partitionsUsed();
        rssAt10 = kiosk.metrics().mainRssBytes;
      }
    }
    return {
      visits: visitCount,
      notWiped,
      partitionsAt10,
      partitionsAt50: kiosk.portal.partitionsUsed(),
      rssAt10,
      rssAt50: kiosk.metrics().mainRssBytes,
      averageVisitMs: Math.round(totalMs / visitCount),
    };
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (observation.notWiped > 0) problems.push(`${String(observation.notWiped)} visite(s) sur ${String(observation.visits)} ne se sont pas terminées correctement`);
    const added = observation.partitionsAt50 - observation.partitionsAt10;
    if (added > 0) problems.push(`le portail a créé ${String(added)} nouvelle(s) session(s) entre la ${String(baselineVisit)}e et la ${String(visitCount)}e visite (chacune reste en mémoire)`);
    if (observation.partitionsAt50 > maxPartitions) problems.push(`${String(observation.partitionsAt50)} sessions de portail créées, au-delà de ${String(maxPartitions)}`);
    const growth = observation.rssAt50 - observation.rssAt10;
    if (growth > rssGrowthToleranceBytes) {
      problems.push(`la mémoire de la borne a augmenté de ${megabytes(growth)} entre la ${String(baselineVisit)}e et la ${String(visitCount)}e visite (tolérance ${megabytes(rssGrowthToleranceBytes)})`);
    }
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed(
      `${String(observation.visits)} visites (${seconds(observation.averageVisitMs)} chacune) avec ${String(observation.partitionsAt50)} session(s) de portail au total\u202F; mémoire ${megabytes(observation.rssAt10)} puis ${megabytes(observation.rssAt50)} (tolérance ${megabytes(rssGrowthToleranceBytes)})`,
    );
  },
  figures: (observation) => ({
    partitionsUsed: observation.partitionsAt50,
    mainRssAtVisit10Bytes: observation.rssAt10,
    mainRssAtVisit50Bytes: observation.rssAt50,
    averageVisitMs: observation.averageVisitMs,
  }),
};

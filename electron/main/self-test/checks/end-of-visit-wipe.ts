/**
 * The end of a visit erases everything: each visit leaves the self-test's marks in every store
 * (cookie, localStorage, sessionStorage, IndexedDB, CacheStorage), «Terminer» ends it, and the
 * next visit's view must find none of them. Several rounds, more than a small pool of partitions
 * holds, so that a partition the portal reuses is read again after its own wipe. The time from
 * «Terminer» to erased is a figure.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { storeNames, type StoreMarks, type StoreName } from '../page-scripts.ts';
import type { SelfTestKiosk } from '../self-test-kiosk.ts';
import { frenchList, outcome, seconds, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, openVisit, SelfTestProblem } from '../visits.ts';
import { findMarks, leaveMarks, marked, markToken, unmarked } from './store-marks.ts';

/** One visit: what it found of the previous one, what it left, how its end went. */
export interface WipeRound {
  /** The session standing for the partition, to tell when one is reused. */
  readonly sessionKey: number;
  /** The marks of any earlier visit of this check still there (undefined for the first round). */
  readonly found: StoreMarks | undefined;
  /** Which stores took this visit's marks (undefined for the last round, which only reads). */
  readonly left: StoreMarks | undefined;
  /** From «Terminer» to the answer, and the wipe steps that did not complete. */
  readonly wipeMs: number;
  readonly failedSteps: readonly string[];
}

/** What the check saw. */
export interface WipeObservation {
  readonly rounds: readonly WipeRound[];
}

/** How many visits leave marks and are wiped (one more only reads): more than a small pool holds. */
export const wipeRounds = 6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function findAnyMarks(kiosk: SelfTestKiosk, tokens: readonly string[]): Promise<StoreMarks> {
  let any: StoreMarks = { cookie: false, localStorage: false, sessionStorage: false, indexedDB: false, cacheStorage: false };
  for (const token of tokens) {
    const found = await findMarks(kiosk, token);
    any = Object.fromEntries(storeNames.map((store) => [store, any[store] || found[store]])) as Record<StoreName, boolean>;
  }
  return any;
}

const reusedSessions = (rounds: readonly WipeRound[]): number => rounds.length - new Set(rounds.map((round) => round.sessionKey)).size;

/** The end of visit check. */
export const endOfVisitWipeCheck: SelfTestCheck<WipeObservation> = {
  ...selfTestCheckInfo('end-of-visit-wipe'),
  timeoutMs: 2 * 60_000,
  run: async (context) => {
    const { kiosk } = context;
    const rounds: WipeRound[] = [];
    const earlier: string[] = [];
    for (let round = 0; round <= wipeRounds; round += 1) {
      await openVisit(context, demoPages.state);
      const session = await kiosk.portal.session();
      if (session === undefined) throw new SelfTestProblem('le portail n’a pas de session');
      // Every earlier visit's marks: a pooled partition comes back several visits later.
      const found = earlier.length === 0 ? undefined : await findAnyMarks(kiosk, earlier);
      const token = markToken(kiosk, round);
      const left = round < wipeRounds ? await leaveMarks(kiosk, token) : undefined;
      earlier.push(token);
      const ended = await endVisit(kiosk);
      rounds.push({
        sessionKey: session.key,
        found,
        left,
        wipeMs: Math.round(ended.ms),
        failedSteps: ended.report === undefined ? ['endVisit'] : ended.report.steps.filter((step) => !step.ok).map((step) => step.store),
      });
    }
    return { rounds };
  },
  verdict: ({ rounds }) => {
    const problems: string[] = [];
    rounds.forEach((round, index) => {
      const visit = `visite ${String(index + 1)}`;
      const leftovers = round.found === undefined ? [] : marked(round.found);
      if (leftovers.length > 0) problems.push(`${visit}\u202F: ${frenchList(leftovers)} d’une visite précédente encore là`);
      const notLeft = round.left === undefined ? [] : unmarked(round.left);
      if (notLeft.length > 0) problems.push(`${visit}\u202F: la page n’a pas pu écrire dans ${frenchList(notLeft)}, l’essai ne prouve rien`);
      if (round.failedSteps.length > 0) problems.push(`${visit}\u202F: effacement incomplet (${frenchList(round.failedSteps)})`);
    });
    if (rounds.length < 2) problems.push('il faut au moins deux visites pour vérifier l’effacement');
    if (problems.length > 0) return outcome.failed(problems.slice(0, 6).join('\u202F; '));
    const times = rounds.map((round) => round.wipeMs);
    return outcome.passed(
      `${String(rounds.length - 1)} visites effacées\u202F: rien ne restait au début de la suivante (${String(reusedSessions(rounds))} session(s) réutilisée(s))\u202F; effacement en ${seconds(median(times))} (au plus ${seconds(Math.max(...times))})`,
    );
  },
  figures: ({ rounds }) => {
    if (rounds.length === 0) return undefined;
    const times = rounds.map((round) => round.wipeMs);
    return { wipeMedianMs: median(times), wipeMaxMs: Math.max(...times), reusedSessions: reusedSessions(rounds) };
  },
};

/**
 * The allow-list in real navigation: in the portal, on a demo page, every address of the policy's
 * table is tried as the page itself would (`location`), and the other ways a page leaves —
 * `window.open`, a `target=_blank` link, a frame — with an outside address and local files.
 * Whatever happens, the portal must never commit a page outside the allow-list, must end each try
 * on an allowed address, and must report the refusals (`blocked` events).
 */
import { isAllowedUrl } from '../../../../common/navigation-policy.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { portalScripts, setLocation } from '../page-scripts.ts';
import type { PageScript } from '../page-script.ts';
import { frenchList, outcome, type SelfTestCheck, type SelfTestContext } from '../self-test-check.ts';
import { endVisit, hostOfUrl, loadPage, openVisit } from '../visits.ts';
import { pause, waitFor, within } from '../wait.ts';
import { nameOf, replayCases } from './navigation-replay.ts';

/** What the check saw. */
export interface NavigationObservation {
  /** How many tries were made. */
  readonly tries: number;
  /** The cases after which the page was not on an allowed address (their labels). */
  readonly leftAllowList: readonly string[];
  /** Allowed addresses the kiosk refused (labels). */
  readonly wronglyBlocked: readonly string[];
  /** Allowed addresses not reached in time without a refusal (network): not counted as failures. */
  readonly notReached: number;
  /** Committed pages outside the allow-list (main frame or frame), by host or scheme. */
  readonly committedOutside: readonly string[];
  /** The hosts of the `blocked` events received. */
  readonly blockedHosts: readonly string[];
  /** The outside address tried through window.open, a link and a frame was reported blocked. */
  readonly outsideReported: boolean;
  /** Web contents before and after the tries (a new window would add one). */
  readonly webContentsBefore: number;
  readonly webContentsAfter: number;
}

/** An address outside every allow-list. */
const outside = 'https://www.example.org/page';

/** Frames that must never show. */
const outsideFrames = [outside, 'data:text/html,<p>cadre</p>', 'file:///etc/hosts'];

/** How long an allowed address may take to be reached (a real site over the network). */
const reachMs = 5_000;

/** How long a refused navigation is given to (wrongly) happen. */
const settleMs = 300;

/** Empty documents a page may put in its own frames. */
const emptyFrames = new Set(['about:blank', 'about:srcdoc']);

async function tryScript(context: SelfTestContext, script: PageScript<boolean>): Promise<void> {
  // A script that starts a navigation may lose its answer with the page: never wait long for it.
  await within(context.kiosk.portal.evaluate(script), 2_000, context.kiosk.clock);
}

/** The navigation allow-list check. */
export const navigationAllowListCheck: SelfTestCheck<NavigationObservation> = {
  ...selfTestCheckInfo('navigation-allow-list'),
  timeoutMs: 5 * 60_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    const start = demoPages.state;
    await openVisit(context, start);
    const allowedHosts = kiosk.portal.allowedHosts();
    const onAllowed = (): boolean => isAllowedUrl(kiosk.portal.url() ?? '', allowedHosts);
    const webContentsBefore = kiosk.liveWebContents();
    const watch = kiosk.portal.watch();
    const leftAllowList: string[] = [];
    const wronglyBlocked: string[] = [];
    let notReached = 0;
    let tries = 0;
    try {
      for (const replay of replayCases(allowedHosts, start)) {
        if (kiosk.portal.url() !== start) await loadPage(kiosk, start);
        const blockedBefore = watch.events().filter((event) => event.type === 'blocked').length;
        tries += 1;
        await tryScript(context, setLocation(replay.url));
        const target = replay.resolved === undefined ? undefined : hostOfUrl(replay.resolved);
        if (replay.allowed && replay.resolved !== start && target !== undefined) {
          const reached = await waitFor(() => hostOfUrl(kiosk.portal.url() ?? '') === target, { clock: kiosk.clock, signal, timeoutMs: reachMs });
          if (reached !== true) {
            const refused = watch.events().slice(blockedBefore).some((event) => event.type === 'blocked' && event.host === target);
            if (refused) wronglyBlocked.push(replay.label);
            else notReached += 1;
          }
        } else {
          await pause(kiosk.clock, settleMs, signal);
        }
        if (!onAllowed()) leftAllowList.push(replay.label);
      }
      const vectors: [string, PageScript<boolean>][] = [
        ['window.open', portalScripts.openWindow(outside)],
        ['lien target=_blank', portalScripts.clickBlankLink(outside)],
        ...outsideFrames.map((url): [string, PageScript<boolean>] => [`cadre ${nameOf(url)}`, portalScripts.addFrame(url)]),
      ];
      for (const [label, script] of vectors) {
        if (kiosk.portal.url() !== start) await loadPage(kiosk, start);
        tries += 1;
        await tryScript(context, script);
        await pause(kiosk.clock, settleMs * 2, signal);
        if (!onAllowed()) leftAllowList.push(label);
      }
      const events = watch.events();
      const blockedHosts = [...new Set(events.flatMap((event) => (event.type === 'blocked' ? [event.host] : [])))];
      const committedOutside = [
        ...new Set(
          watch
            .commits()
            .filter((commit) => !isAllowedUrl(commit.url, allowedHosts) && (commit.mainFrame || !emptyFrames.has(commit.url)))
            .map((commit) => nameOf(commit.url)),
        ),
      ];
      return {
        tries,
        leftAllowList,
        wronglyBlocked,
        notReached,
        committedOutside,
        blockedHosts,
        outsideReported: blockedHosts.includes(hostOfUrl(outside) ?? ''),
        webContentsBefore,
        webContentsAfter: kiosk.liveWebContents(),
      };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (observation.committedOutside.length > 0) problems.push(`le portail a affiché une page hors des sites autorisés (${frenchList(observation.committedOutside)})`);
    if (observation.leftAllowList.length > 0) problems.push(`après ${String(observation.leftAllowList.length)} essai(s), le portail n’était plus sur un site autorisé (${frenchList(observation.leftAllowList.slice(0, 5))})`);
    if (observation.webContentsAfter > observation.webContentsBefore) problems.push('une nouvelle fenêtre s’est ouverte');
    if (!observation.outsideReported) problems.push('le refus d’un site extérieur n’a pas été signalé à l’écran de la borne');
    if (observation.wronglyBlocked.length > 0) problems.push(`des adresses autorisées ont été refusées (${frenchList(observation.wronglyBlocked.slice(0, 5))})`);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const network = observation.notReached > 0 ? `\u202F; ${String(observation.notReached)} adresse(s) autorisée(s) non atteinte(s) faute de réseau, sans refus` : '';
    return outcome.passed(
      `${String(observation.tries)} essais\u202F: le portail est toujours resté sur un site autorisé, ${String(observation.blockedHosts.length)} site(s) refusé(s) signalé(s)${network}`,
    );
  },
  figures: (observation) => ({ tries: observation.tries, blockedHosts: observation.blockedHosts.length }),
};

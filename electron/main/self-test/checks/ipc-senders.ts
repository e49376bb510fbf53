/**
 * Bridge calls from any web contents other than the host window are refused, for every method: a
 * hidden probe window gets the HOST preload (so it has `window.kiosk`) and the kiosk's own page,
 * and calls every method. And the portal preload's channels, sent with the host window as the
 * sender, are dropped: the portal reports nothing of them.
 */
import { kioskMethodNames } from '../../../../common/bridge/contract.ts';
import { portalActivityChannel, portalFocusChannel, portalRefusedChannel } from '../../../../common/portal/portal-channels.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { hostScripts } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, openVisit } from '../visits.ts';
import { pause } from '../wait.ts';

/** What the check saw. */
export interface IpcSendersObservation {
  /** For each method called from the probe: the error code it got, or `ok`. */
  readonly answers: Readonly<Record<string, string>>;
  /** The portal events that followed portal messages sent as the host window (their types). */
  readonly portalEventsFromHost: readonly string[];
}

/** The portal event types the forged messages could cause. */
const forgeable = new Set(['focus', 'activity', 'refused', 'typing-unavailable']);

/** The IPC senders check. */
export const ipcSendersCheck: SelfTestCheck<IpcSendersObservation> = {
  ...selfTestCheckInfo('ipc-senders'),
  timeoutMs: 45_000,
  run: async (context) => {
    const { kiosk } = context;
    const probe = await kiosk.openProbeWindow();
    let answers: Readonly<Record<string, string>>;
    try {
      answers = await probe.evaluate(hostScripts.callEveryMethod(kioskMethodNames));
    } finally {
      probe.close();
    }
    await openVisit(context, demoPages.login);
    const watch = kiosk.portal.watch();
    try {
      kiosk.host.sendAsHost(portalFocusChannel, { field: 'text' });
      kiosk.host.sendAsHost(portalRefusedChannel, { what: 'print' });
      kiosk.host.sendAsHost(portalActivityChannel);
      await pause(kiosk.clock, 1_000, context.signal);
      return { answers, portalEventsFromHost: watch.events().filter((event) => forgeable.has(event.type)).map((event) => event.type) };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    const notRefused = kioskMethodNames.filter((method) => observation.answers[method] !== 'forbidden-sender');
    if (notRefused.length > 0) problems.push(`appelées depuis une autre fenêtre, ces fonctions n’ont pas été refusées\u202F: ${frenchList(notRefused)}`);
    if (observation.portalEventsFromHost.length > 0) {
      problems.push(`des messages réservés au portail, envoyés par la page de la borne, ont été pris en compte (${frenchList([...new Set(observation.portalEventsFromHost)])})`);
    }
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed(`les ${String(kioskMethodNames.length)} fonctions du pont refusent une autre fenêtre\u202F; les messages du portail venant de la borne sont ignorés`);
  },
};

/**
 * Keyboard shortcuts change nothing: reload, devtools, zoom, print, close and full-screen exit,
 * sent to the host window as a keyboard would send them. No reload (a marker left in the page
 * survives), devtools closed, zoom factor 1, the window still there and, in kiosk mode, still
 * full screen and locked.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { appHost, appScheme } from '../../../../common/security/app-origin.ts';
import { hostScripts } from '../page-scripts.ts';
import type { KeyPress } from '../self-test-kiosk.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';
import { pause } from '../wait.ts';

/** What the check saw. */
export interface ShortcutObservation {
  readonly sent: number;
  readonly reloaded: boolean;
  readonly devToolsOpened: boolean;
  readonly zoomFactor: number;
  readonly windowDestroyed: boolean;
  readonly fullScreen: boolean;
  readonly kiosk: boolean;
  readonly onKioskPage: boolean;
}

/** The shortcuts tried: reload, devtools, zoom, print, close, quit, history, full screen. */
export const lockedShortcuts: readonly KeyPress[] = [
  { keyCode: 'F5' },
  { keyCode: 'R', modifiers: ['control'] },
  { keyCode: 'R', modifiers: ['control', 'shift'] },
  { keyCode: 'F12' },
  { keyCode: 'I', modifiers: ['control', 'shift'] },
  { keyCode: 'J', modifiers: ['control', 'shift'] },
  { keyCode: 'Plus', modifiers: ['control'] },
  { keyCode: '=', modifiers: ['control'] },
  { keyCode: '-', modifiers: ['control'] },
  { keyCode: 'P', modifiers: ['control'] },
  { keyCode: 'W', modifiers: ['control'] },
  { keyCode: 'Q', modifiers: ['control'] },
  { keyCode: 'F4', modifiers: ['alt'] },
  { keyCode: 'Left', modifiers: ['alt'] },
  { keyCode: 'F11' },
  { keyCode: 'Escape' },
];

/** The shortcut lockdown check. */
export const shortcutLockdownCheck: SelfTestCheck<ShortcutObservation> = {
  ...selfTestCheckInfo('shortcut-lockdown'),
  timeoutMs: 30_000,
  run: async ({ kiosk, signal }) => {
    const token = `shortcuts-${String(Math.round(kiosk.clock.now()))}`;
    await kiosk.host.evaluate(hostScripts.setMarker(token));
    for (const key of lockedShortcuts) {
      kiosk.host.pressKey(key);
      await pause(kiosk.clock, 150, signal);
    }
    await pause(kiosk.clock, 1_500, signal);
    const windowDestroyed = kiosk.host.isDestroyed();
    const marker = windowDestroyed ? null : await kiosk.host.evaluate(hostScripts.readMarker()).catch(() => null);
    return {
      sent: lockedShortcuts.length,
      reloaded: marker !== token,
      devToolsOpened: !windowDestroyed && kiosk.host.isDevToolsOpened(),
      zoomFactor: windowDestroyed ? 1 : kiosk.host.zoomFactor(),
      windowDestroyed,
      fullScreen: !windowDestroyed && kiosk.host.isFullScreen(),
      kiosk: !windowDestroyed && kiosk.host.isKiosk(),
      onKioskPage: !windowDestroyed && kiosk.host.url().startsWith(`${appScheme}://${appHost}/`),
    };
  },
  verdict: (observation, environment) => {
    const problems: string[] = [];
    if (observation.windowDestroyed) problems.push('la fenêtre de la borne s’est fermée');
    if (observation.reloaded) problems.push('la page de la borne a été rechargée');
    if (observation.devToolsOpened) problems.push('les outils de développement se sont ouverts');
    if (Math.abs(observation.zoomFactor - 1) > 0.001) problems.push(`le zoom est passé à ${String(Math.round(observation.zoomFactor * 100))} %`);
    if (!observation.windowDestroyed && !observation.onKioskPage) problems.push('la fenêtre a quitté la page de la borne');
    if (environment.kioskMode && !observation.fullScreen) problems.push('la fenêtre n’est plus en plein écran');
    if (environment.kioskMode && !observation.kiosk) problems.push('la fenêtre n’est plus verrouillée (mode kiosque)');
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const locked = environment.kioskMode ? ', toujours en plein écran verrouillé' : ' (fenêtre non verrouillée\u202F: lancez avec --kiosk pour vérifier aussi le plein écran)';
    return outcome.passed(`${String(observation.sent)} raccourcis sans effet\u202F: pas de rechargement, pas d’outils de développement, zoom à 100 %${locked}`);
  },
};

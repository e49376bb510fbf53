import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { lockedShortcuts, shortcutLockdownCheck, type ShortcutObservation } from './shortcut-lockdown.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: ShortcutObservation = { sent: 16, reloaded: false, devToolsOpened: false, zoomFactor: 1, windowDestroyed: false, fullScreen: true, kiosk: true, onKioskPage: true };

describe('the shortcut lockdown check', () => {
  it('sends every shortcut and passes when nothing changed', async () => {
    const kiosk = new FakeKiosk();
    const observation = await shortcutLockdownCheck.run(fakeContext(kiosk));
    expect(kiosk.pressedKeys).toEqual(lockedShortcuts.map((key) => key.keyCode));
    expect(shortcutLockdownCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('sees a reload through the lost marker', async () => {
    const observation = await shortcutLockdownCheck.run(fakeContext(new FakeKiosk({ faults: { reloadOnShortcut: true } })));
    expect(shortcutLockdownCheck.verdict(observation, environment).reason).toBe('la page de la borne a été rechargée');
  });

  it('fails on devtools, zoom or leaving full screen; says when full screen could not be checked', () => {
    expect(shortcutLockdownCheck.verdict({ ...good, devToolsOpened: true, zoomFactor: 1.1 }, environment).reason).toBe('les outils de développement se sont ouverts\u202F; le zoom est passé à 110 %');
    expect(shortcutLockdownCheck.verdict({ ...good, fullScreen: false }, environment).verdict).toBe('failed');
    const unlocked = shortcutLockdownCheck.verdict({ ...good, fullScreen: false, kiosk: false }, { ...environment, kioskMode: false });
    expect(unlocked).toMatchObject({ verdict: 'passed', reason: expect.stringContaining('lancez avec --kiosk') });
  });
});

import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { crashRecoveryCheck, recoveryBudgetMs, type CrashRecoveryObservation } from './crash-recovery.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: CrashRecoveryObservation = {
  hostCrash: { recoveredMs: 1_600, logged: true },
  portalCrash: { recoveredMs: 300, logged: true, crashReported: true },
  portalHang: { recoveredMs: 2_100, logged: true, hostResponsive: true },
};

describe('the crash recovery check', () => {
  it('passes when each fault ends on the attract screen with a log line', async () => {
    const kiosk = new FakeKiosk();
    const observation = await crashRecoveryCheck.run(fakeContext(kiosk));
    expect(observation.hostCrash.logged && observation.portalCrash.logged && observation.portalHang.logged).toBe(true);
    expect(observation.hostCrash.recoveredMs).toBeGreaterThanOrEqual(1_500);
    expect(crashRecoveryCheck.verdict(observation, environment).verdict).toBe('passed');
    expect(kiosk.portal.isOpen()).toBe(false);
  });

  it('fails when the host page does not come back, or a hung portal freezes the host page', async () => {
    const gone = await crashRecoveryCheck.run(fakeContext(new FakeKiosk({ faults: { hostCrashNoReload: true } })));
    expect(gone.hostCrash.recoveredMs).toBeUndefined();
    expect(crashRecoveryCheck.verdict(gone, environment).reason).toContain(`plantage de la page de la borne\u202F: pas revenue à l’écran d’accueil en ${String(recoveryBudgetMs / 1000)} s`);
    const frozen = await crashRecoveryCheck.run(fakeContext(new FakeKiosk({ faults: { hangBlocksHost: true } })));
    expect(crashRecoveryCheck.verdict(frozen, environment).reason).toContain('la page de la borne ne répondait plus');
  });

  it('fails without a log line, or when the portal crash was not reported', () => {
    expect(crashRecoveryCheck.verdict({ ...good, portalCrash: { ...good.portalCrash, logged: false } }, environment).reason).toBe('plantage du portail\u202F: aucune ligne au journal');
    expect(crashRecoveryCheck.verdict({ ...good, portalCrash: { ...good.portalCrash, crashReported: false } }, environment).verdict).toBe('failed');
  });
});

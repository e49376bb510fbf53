import { describe, expect, it } from 'vitest';
import { hostScripts } from './page-scripts.ts';
import { fakeContext, FakeKiosk } from './test-support/fake-kiosk.ts';
import { onAttractScreen, openVisit, SelfTestProblem, settleKiosk } from './visits.ts';

describe('bringing the kiosk back between checks', () => {
  it('ends an open portal and reloads a page left in the middle of a visit', async () => {
    const kiosk = new FakeKiosk();
    const context = fakeContext(kiosk);
    await kiosk.host.evaluate(hostScripts.startVisit());
    await openVisit(context);
    expect(await onAttractScreen(kiosk)).toBe(false);
    await settleKiosk(context);
    expect(kiosk.portal.isOpen()).toBe(false);
    expect(await onAttractScreen(kiosk)).toBe(true);
  });

  it('says, in French, which demo page did not load', async () => {
    const kiosk = new FakeKiosk();
    const context = fakeContext(kiosk);
    await expect(openVisit(context, 'https://www.example.org/justificatif.html')).rejects.toThrow(
      new SelfTestProblem('la page de démonstration justificatif.html ne se charge pas'),
    );
  });
});

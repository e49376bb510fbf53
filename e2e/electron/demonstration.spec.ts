// Demonstration mode in the real Electron shell: switched from the staff screen's bridge methods,
// the portal is the simulated EduConnect served by the kiosk itself on its reserved host, and once
// back in public mode no demonstration handler is left on any visitor session it reuses.
import { type ElectronApplication, expect, test } from '@playwright/test';
import { callBridge as bridge, demoPin, inPortal, launchKiosk as launch, portalBounds as bounds, portalUrl } from './harness.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** Whether each pooled visitor partition has an https handler installed. */
async function httpsHandled(app: ElectronApplication): Promise<boolean[]> {
  return app.evaluate(({ session }) => [0, 1, 2].map((index) => session.fromPartition(`portal-visitor-${String(index)}`).protocol.isProtocolHandled('https')));
}

test('demonstration mode from the staff screen serves the simulated portal offline, and public mode removes it', async () => {
  const { app, page } = await launch();
  try {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await test.step('staff switch to demonstration mode', async () => {
      expect(await bridge(page, 'staffUnlock', { pin: demoPin })).toEqual({ ok: true, value: { outcome: 'accepted' } });
      expect(await bridge(page, 'staffSetMode', { mode: 'demonstration' })).toMatchObject({ ok: true });
      expect(await bridge(page, 'getAppInfo')).toMatchObject({ ok: true, value: { mode: 'demonstration' } });
    });
    await test.step('the portal opens the simulated EduConnect on its reserved host, with the SIMULATION band', async () => {
      expect(await bridge(page, 'portalOpen', { target: 'educonnect', bounds })).toMatchObject({ ok: true });
      await expect.poll(() => portalUrl(app), { timeout: 15_000 }).toBe('https://educonnect.demo.invalid/');
      const band = await inPortal(app, 'document.body.innerText.includes("SIMULATION") && window.isSecureContext');
      expect(band).toBe(true);
      expect((await httpsHandled(app))[0]).toBe(true);
      expect(await bridge(page, 'endVisit')).toMatchObject({ ok: true });
    });
    await test.step('back to public mode: the next visits on every pooled partition have no demonstration handler', async () => {
      expect(await bridge(page, 'staffSetMode', { mode: 'public' })).toMatchObject({ ok: true });
      for (let visit = 0; visit < 3; visit += 1) {
        expect(await bridge(page, 'portalOpen', { target: 'educonnect', bounds })).toMatchObject({ ok: true });
        expect(await bridge(page, 'endVisit')).toMatchObject({ ok: true });
      }
      expect(await httpsHandled(app)).toEqual([false, false, false]);
    });
  } finally {
    await app.close();
  }
});

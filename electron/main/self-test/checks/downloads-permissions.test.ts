import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { downloadsPermissionsCheck } from './downloads-permissions.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const denied = { camera: 'denied:NotAllowedError', microphone: 'denied:NotFoundError', geolocation: 'denied:code-1', notifications: 'denied:denied', clipboardRead: 'denied:NotAllowedError' };

describe('the downloads and permissions check', () => {
  it('passes when the download is cancelled and every permission refused', async () => {
    const observation = await downloadsPermissionsCheck.run(fakeContext(new FakeKiosk()));
    expect(observation).toMatchObject({ downloadsStarted: 1, downloadsAllowed: 0 });
    expect(downloadsPermissionsCheck.verdict(observation, environment)).toMatchObject({ verdict: 'passed', reason: expect.stringMatching(/^téléchargement annulé/) });
  });

  it('fails on a download let through, a permission granted, or a request left unanswered', async () => {
    const open = await downloadsPermissionsCheck.run(fakeContext(new FakeKiosk({ faults: { allowDownloads: true, grantPortalPermissions: true } })));
    const { reason } = downloadsPermissionsCheck.verdict(open, environment);
    expect(reason).toContain('n’a pas été annulé');
    expect(reason).toContain('caméra, micro, position, notifications et lecture du presse-papiers');
    expect(downloadsPermissionsCheck.verdict({ downloadsStarted: 0, downloadsAllowed: 0, permissions: { ...denied, camera: 'no-answer' } }, environment).reason).toContain('sans réponse');
    expect(downloadsPermissionsCheck.verdict({ downloadsStarted: 0, downloadsAllowed: 0, permissions: denied }, environment).reason).toMatch(/^aucun téléchargement/);
  });
});

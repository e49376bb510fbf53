import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { defaultSessionPermissionsCheck } from './default-session-permissions.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the default session permissions check', () => {
  it('passes when the host page is refused everything', async () => {
    const observation = await defaultSessionPermissionsCheck.run(fakeContext(new FakeKiosk()));
    expect(defaultSessionPermissionsCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails, naming what was granted or left waiting', async () => {
    const observation = await defaultSessionPermissionsCheck.run(fakeContext(new FakeKiosk({ faults: { grantHostPermissions: true } })));
    expect(defaultSessionPermissionsCheck.verdict(observation, environment).reason).toBe(
      'la page de la borne a obtenu\u202F: caméra, micro, position, notifications et lecture du presse-papiers',
    );
    const waiting = { ...observation.permissions, camera: 'denied:NotAllowedError', microphone: 'denied:x', geolocation: 'no-answer', notifications: 'denied:denied', clipboardRead: 'denied:x' };
    expect(defaultSessionPermissionsCheck.verdict({ permissions: waiting }, environment).reason).toBe('demandes restées sans réponse (une fenêtre de demande\u202F?)\u202F: position');
  });
});

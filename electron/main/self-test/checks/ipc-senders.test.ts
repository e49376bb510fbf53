import { describe, expect, it } from 'vitest';
import { kioskMethodNames } from '../../../../common/bridge/contract.ts';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { ipcSendersCheck } from './ipc-senders.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the IPC senders check', () => {
  it('passes when every call from the probe is refused and forged portal messages are dropped', async () => {
    const kiosk = new FakeKiosk();
    const observation = await ipcSendersCheck.run(fakeContext(kiosk));
    expect(Object.keys(observation.answers)).toEqual(kioskMethodNames);
    expect(ipcSendersCheck.verdict(observation, environment).verdict).toBe('passed');
    expect(kiosk.liveWebContents()).toBe(1);
    expect(kiosk.portal.isOpen()).toBe(false);
  });

  it('names the methods a probe could call, and the forged portal messages that counted', async () => {
    const trusted = await ipcSendersCheck.run(fakeContext(new FakeKiosk({ faults: { probeTrusted: true } })));
    expect(ipcSendersCheck.verdict(trusted, environment)).toMatchObject({ verdict: 'failed', reason: expect.stringContaining('getConfig') });
    const forged = await ipcSendersCheck.run(fakeContext(new FakeKiosk({ faults: { acceptHostPortalMessages: true } })));
    expect(forged.portalEventsFromHost).toEqual(['focus', 'refused', 'activity']);
    expect(ipcSendersCheck.verdict(forged, environment).reason).toContain('messages réservés au portail');
  });
});

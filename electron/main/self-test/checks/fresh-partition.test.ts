import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { freshPartitionCheck, type FreshPartitionObservation } from './fresh-partition.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const all = { cookie: true, localStorage: true, sessionStorage: true, indexedDB: true, cacheStorage: true };
const none = { cookie: false, localStorage: false, sessionStorage: false, indexedDB: false, cacheStorage: false };
const good: FreshPartitionObservation = { left: all, found: none, persistent: false, hasStoragePath: false, written: [], background: [] };

describe('the fresh partition check', () => {
  it('passes on a kiosk whose next visitor finds nothing, in memory, with nothing written', async () => {
    const observation = await freshPartitionCheck.run(fakeContext(new FakeKiosk({ housekeeping: true })));
    expect(observation).toEqual({ ...good, background: ['Local State'] });
    expect(freshPartitionCheck.verdict(observation, environment)).toMatchObject({ verdict: 'passed', reason: expect.stringContaining('1 fichier(s) du navigateur') });
  });

  it('fails when the next visitor finds the previous one’s data', async () => {
    // A pool of one partition: the next visitor gets the very partition the previous one used.
    const kiosk = new FakeKiosk({ faults: { leakStores: true }, poolSize: 1 });
    const observation = await freshPartitionCheck.run(fakeContext(kiosk));
    expect(observation.found).toEqual({ ...all, sessionStorage: false });
    expect(freshPartitionCheck.verdict(observation, environment).reason).toBe(
      'le visiteur suivant a trouvé les données du précédent (cookie, stockage local, base IndexedDB et cache)',
    );
  });

  it('fails when the visit wrote under the data folder, the session is persistent, or nothing could be written', async () => {
    const written = await freshPartitionCheck.run(fakeContext(new FakeKiosk({ faults: { writeUserDataOnVisit: true } })));
    expect(written.written).toEqual(['Partitions/portal-visitor-1/Cookies']);
    expect(freshPartitionCheck.verdict(written, environment).reason).toContain('Partitions/portal-visitor-1/Cookies');
    expect(freshPartitionCheck.verdict({ ...good, persistent: true, hasStoragePath: true }, environment).reason).toContain('partition persistante');
    expect(freshPartitionCheck.verdict({ ...good, left: { ...all, indexedDB: false } }, environment).reason).toBe(
      'la page n’a pas pu écrire dans base IndexedDB\u202F: l’essai ne prouve rien pour lui',
    );
  });
});

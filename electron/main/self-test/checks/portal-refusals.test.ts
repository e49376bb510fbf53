import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { portalRefusalsCheck } from './portal-refusals.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the portal refusals check', () => {
  it('passes when the file chooser and the print dialog are refused and the page answers', async () => {
    const observation = await portalRefusalsCheck.run(fakeContext(new FakeKiosk()));
    expect(observation).toEqual({ fileInputFound: true, refused: ['file-upload', 'print'], responsive: true });
    expect(portalRefusalsCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when the file chooser is not refused, or the page froze, or has no file input', async () => {
    const observation = await portalRefusalsCheck.run(fakeContext(new FakeKiosk({ faults: { noFileRefusal: true } })));
    expect(portalRefusalsCheck.verdict(observation, environment).reason).toBe('le choix d’un fichier n’a pas été refusé');
    expect(portalRefusalsCheck.verdict({ fileInputFound: true, refused: ['file-upload'], responsive: false }, environment).reason).toBe(
      'l’impression demandée par la page n’a pas été refusée\u202F; la page du portail ne répond plus (une fenêtre du système est peut-être ouverte)',
    );
    expect(portalRefusalsCheck.verdict({ fileInputFound: false, refused: ['print'], responsive: true }, environment).reason).toBe('la page justificatif.html n’a pas de champ «\u202Ffichier\u202F»');
  });
});

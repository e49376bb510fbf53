import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { expectedFuses } from '../expected-fuses.ts';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { fusesCheck } from './fuses.ts';

const environment = fakeContext(new FakeKiosk(), { packaged: true }).environment;

describe('the fuses check', () => {
  it('expects exactly the fuses of electron-builder.yml', () => {
    const builder = yaml.load(readFileSync(new URL('../../../../electron-builder.yml', import.meta.url), 'utf8')) as { electronFuses: unknown };
    expect(expectedFuses).toEqual(builder.electronFuses);
  });

  it('passes when the executable carries them, fails naming each one that differs', async () => {
    expect(fusesCheck.verdict(await fusesCheck.run(fakeContext(new FakeKiosk(), { packaged: true })), environment).verdict).toBe('passed');
    const readout = { ...(await new FakeKiosk().fuses()), runAsNode: 'enabled', onlyLoadAppFromAsar: 'inherit' } as const;
    expect(fusesCheck.verdict({ readout }, environment).reason).toBe(
      'verrous différents de l’empaquetage\u202F: runAsNode (attendu désactivé, lu activé) et onlyLoadAppFromAsar (attendu activé, lu par défaut)',
    );
  });

  it('is not done outside the installed kiosk', () => {
    expect(fusesCheck.skipReason?.({ ...environment, packaged: false })).toMatch(/^non empaqueté/);
  });
});

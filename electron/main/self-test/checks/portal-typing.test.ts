import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { portalTypingCheck, testPassword, type PortalTypingObservation } from './portal-typing.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: PortalTypingObservation = {
  telFocused: true,
  tel: { length: 3, matches: true },
  passwordFocused: true,
  password: { length: 24, matches: true },
  passwordLength: 24,
  passwordInLog: false,
  refusedInputs: 0,
};

describe('the portal typing check', () => {
  it('passes when typing reaches the field in order and nothing typed is logged', async () => {
    const kiosk = new FakeKiosk();
    const observation = await portalTypingCheck.run(fakeContext(kiosk));
    expect(observation).toMatchObject({ telFocused: true, tel: { length: 3, matches: true }, password: { matches: true }, passwordInLog: false, refusedInputs: 0 });
    expect(portalTypingCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when «Effacer» overtakes the digit before it', async () => {
    const observation = await portalTypingCheck.run(fakeContext(new FakeKiosk({ faults: { reorderBackspace: true } })));
    expect(observation.tel).toEqual({ length: 3, matches: false });
    expect(portalTypingCheck.verdict(observation, environment).reason).toBe('après 0, 6, 1, 2 puis «\u202FEffacer\u202F», le champ ne contient pas 061 (3 caractère(s))');
  });

  it('fails when the typed password reaches the log, without putting it in the report', async () => {
    const kiosk = new FakeKiosk({ faults: { logTypedText: true } });
    const observation = await portalTypingCheck.run(fakeContext(kiosk));
    expect(observation.passwordInLog).toBe(true);
    const outcome = portalTypingCheck.verdict(observation, environment);
    expect(outcome.reason).toBe('le mot de passe tapé apparaît dans le journal de la borne');
    const typed = /typed (Autotest-\S+)/.exec(kiosk.lines.join('\n'))?.[1] ?? 'missing';
    expect(JSON.stringify({ observation, outcome })).not.toContain(typed);
  });

  it('fails when a field is missing, and makes a fresh test password each run', () => {
    expect(portalTypingCheck.verdict({ ...good, passwordFocused: false, password: { length: null, matches: false } }, environment).reason).toContain('«\u202Fmot de passe\u202F»');
    expect(testPassword(() => 0.1)).not.toBe(testPassword(() => 0.2));
  });
});

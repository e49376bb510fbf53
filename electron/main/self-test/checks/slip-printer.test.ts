import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { slipPrinterCheck } from './slip-printer.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const run = (printer: ConstructorParameters<typeof FakeKiosk>[0]) => slipPrinterCheck.run(fakeContext(new FakeKiosk(printer)));

describe('the slip printer check', () => {
  it('prints to the configured printer when it is installed', async () => {
    const observation = await run({ printer: { configured: 'TM-T20', installed: ['PDF', 'TM-T20'] } });
    expect(slipPrinterCheck.verdict(observation, environment)).toEqual({ verdict: 'passed', reason: 'une fiche imprimée sur «\u202FTM-T20\u202F»\u202F: vérifiez qu’elle est sortie' });
  });

  it('is not done without a configured printer, or when it is not installed here', async () => {
    expect(slipPrinterCheck.verdict(await run({}), environment)).toEqual({ verdict: 'skipped', reason: 'aucune imprimante n’est configurée («\u202Fprinter\u202F» dans la configuration)' });
    expect(slipPrinterCheck.verdict(await run({ printer: { configured: 'TM-T20', installed: ['PDF'] } }), environment)).toMatchObject({ verdict: 'skipped', reason: expect.stringContaining('n’est pas installée') });
  });

  it('fails when the printer does not print', async () => {
    const observation = await run({ printer: { configured: 'TM-T20', installed: ['TM-T20'], result: { ok: false, reason: 'timeout' } } });
    expect(slipPrinterCheck.verdict(observation, environment)).toEqual({ verdict: 'failed', reason: '«\u202FTM-T20\u202F»\u202F: l’imprimante n’a pas répondu à temps' });
  });
});

import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { memoryBudgetBytes, memoryTwentyVisitsCheck } from './memory-twenty-visits.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the memory check', () => {
  it('measures after twenty visits and passes under the budget', async () => {
    const kiosk = new FakeKiosk();
    const observation = await memoryTwentyVisitsCheck.run(fakeContext(kiosk));
    expect(kiosk.visitsEnded).toBe(20);
    expect(memoryTwentyVisitsCheck.verdict(observation, environment)).toEqual({ verdict: 'passed', reason: '439 Mo pour 6 processus après 20 visites (budget 1536 Mo)' });
    expect(memoryTwentyVisitsCheck.figures?.(observation)).toMatchObject({ totalWorkingSetBytes: 450_000 * 1024, processes: 6 });
  });

  it('fails over the budget, or when nothing could be measured', () => {
    const over = { visits: 20, totalWorkingSetKb: memoryBudgetBytes / 1024 + 1, processes: 9, mainRssBytes: 1 };
    expect(memoryTwentyVisitsCheck.verdict(over, environment).verdict).toBe('failed');
    expect(memoryTwentyVisitsCheck.verdict({ ...over, processes: 0 }, environment).reason).toBe('la mémoire de la borne n’a pas pu être mesurée');
  });
});

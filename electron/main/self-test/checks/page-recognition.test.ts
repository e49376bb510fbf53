import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { pageRecognitionCheck } from './page-recognition.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the page recognition check', () => {
  it('passes when the demo login and birth-dates pages are reported by their catalog ids', async () => {
    const observation = await pageRecognitionCheck.run(fakeContext(new FakeKiosk()));
    expect(observation).toEqual({
      recognised: [
        { page: 'login', reported: true },
        { page: 'birth-dates', reported: true },
      ],
      unknownIds: [],
    });
    expect(pageRecognitionCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when no page is recognised, or when an event names something outside the catalog', async () => {
    const observation = await pageRecognitionCheck.run(fakeContext(new FakeKiosk({ faults: { noPageRecognition: true } })));
    const verdict = pageRecognitionCheck.verdict(observation, environment);
    expect(verdict.verdict).toBe('failed');
    expect(verdict.reason).toContain('la page «\u202Flogin\u202F» n’est pas reconnue');
    expect(
      pageRecognitionCheck.verdict({ recognised: [{ page: 'login', reported: true }], unknownIds: ['Jean Dupont'] }, environment).reason,
    ).toBe('la page a transmis des noms hors de la liste des pages connues\u202F: Jean Dupont');
  });
});

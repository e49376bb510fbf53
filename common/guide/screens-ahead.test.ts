import { describe, expect, it } from 'vitest';
import { bundledGraph } from '../slip/test-support/guide-fixtures.ts';
import { screenOnPath, screensOneTapAway } from './screens-ahead.ts';
import { GuideIndex, pathAfterBack } from './visitor-path.ts';

const index = new GuideIndex(bundledGraph);
const keys = (path: readonly string[]): string[] => screensOneTapAway(index, path).map((screen) => screen.key);

describe('screenOnPath', () => {
  it('keys a screen by its id, and the recap by its whole path', () => {
    expect(screenOnPath(index, ['who', 'has-account'])).toEqual({ key: 'has-account', id: 'has-account', path: ['who', 'has-account'] });
    expect(screenOnPath(index, ['who', 'cpge-not-concerned', 'recap']).key).toBe('recap@who>cpge-not-concerned>recap');
    expect(screenOnPath(index, ['who', 'student-not-here', 'recap']).key).not.toBe(screenOnPath(index, ['who', 'cpge-not-concerned', 'recap']).key);
  });
});

describe('pathAfterBack', () => {
  it('goes one screen back, and has no way back from the first screen', () => {
    expect(pathAfterBack(index, ['who', 'has-account'])).toEqual(['who']);
    expect(pathAfterBack(index, ['who'])).toEqual(['who']);
  });

  it('skips the portal screen on the way back to the steps that opened it', () => {
    const path = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms'];
    expect(pathAfterBack(index, path)).toEqual(['who', 'has-account', 'activation-choice', 'route-sms']);
  });
});

describe('screensOneTapAway', () => {
  it('from the first question: its three answers (no way back, "Recommencer" stays put)', () => {
    expect(keys(['who'])).toEqual(['has-account', 'cpge-not-concerned', 'student-not-here']);
  });

  it('from an information screen: the recap for this path, then the first question once', () => {
    expect(keys(['who', 'cpge-not-concerned'])).toEqual(['recap@who>cpge-not-concerned>recap', 'who']);
  });

  it('leaves portal screens out, keeps "Retour" and "Recommencer"', () => {
    expect(keys(['who', 'has-account', 'activation-choice', 'route-letter'])).toEqual(['letter-missing', 'activation-choice', 'who']);
    expect(keys(['who', 'has-account', 'activation-choice', 'route-sms'])).toEqual(['activation-choice', 'who']);
  });

  it('after the portal, "Retour" leads to the steps that opened it', () => {
    const path = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms'];
    expect(screensOneTapAway(index, path).map((screen) => screen.path)).toEqual([
      [...path, 'success'],
      [...path, 'trouble-step1'],
      ['who', 'has-account', 'activation-choice', 'route-sms'],
      ['who'],
    ]);
  });

  it('lists a screen two answers lead to once, and never the current screen', () => {
    const path = ['who', 'has-account', 'forgot-which'];
    expect(keys(path)).toEqual(['forgot-id', 'forgot-password', 'letter-missing', 'has-account', 'who']);
    for (const ahead of screensOneTapAway(index, path)) expect(ahead.path[ahead.path.length - 1]).toBe(ahead.id);
  });

  it('from the recap: back to the screen before it, and the first question', () => {
    expect(keys(['who', 'cpge-not-concerned', 'recap'])).toEqual(['cpge-not-concerned', 'who']);
  });
});

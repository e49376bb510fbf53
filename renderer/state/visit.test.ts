// The end of a visit, in the renderer: the portal's state goes at once, the visitor's language
// and text size only once the thank-you (in that language) is over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import { GuideIndex } from '../../common/guide/visitor-path.ts';
import { thankYouMs } from '../../common/visitor/visitor-lifecycle.ts';
import { Visit } from './visit.svelte.ts';

const graph: GuideGraph = {
  version: 1,
  start: 'who',
  recap: 'recap',
  routes: {},
  screens: [
    { id: 'who', kind: 'question', answers: [{ id: 'a', next: 'recap' }, { id: 'b', next: 'recap' }] },
    { id: 'recap', kind: 'recap' },
  ],
};
const settings = {
  timeouts: { idleSeconds: 90, portalIdleSeconds: 300, recapIdleSeconds: 60, countdownSeconds: 20, maxVisitSeconds: 1200 },
  mode: 'public',
} as const;

describe('the end of a visit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('clears the portal at once, and the language only after the thank-you', async () => {
    const cleared: string[] = [];
    const visit = new Visit(
      {
        index: () => new GuideIndex(graph),
        endVisit: () => Promise.resolve({ steps: [], totalMs: 0 }),
        clearRenderer: () => cleared.push('portal'),
        clearAfterThanks: () => cleared.push('language'),
        now: () => Date.now(),
      },
      settings,
    );
    visit.start();
    visit.end();
    expect(cleared).toEqual(['portal']);
    await vi.advanceTimersByTimeAsync(0);
    expect(visit.state.phase).toBe('thanks');
    expect(cleared).toEqual(['portal']);
    await vi.advanceTimersByTimeAsync(thankYouMs);
    expect(visit.state.phase).toBe('waiting');
    expect(cleared).toEqual(['portal', 'language']);
    visit.dispose();
  });
});

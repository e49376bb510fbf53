import { describe, expect, it } from 'vitest';
import { GuideIndex } from '../../common/guide/visitor-path.ts';
import { bundledGraph } from '../../common/slip/test-support/guide-fixtures.ts';
import type { IdleScheduler } from './idle-scheduler.ts';
import { ScreenDeck } from './screen-deck.svelte.ts';

/** Idle moments on demand: `idle()` runs the task waiting for one. */
class FakeIdle implements IdleScheduler {
  readonly #tasks = new Map<number, () => void>();
  #next = 0;
  request(task: () => void): number {
    this.#next += 1;
    this.#tasks.set(this.#next, task);
    return this.#next;
  }
  cancel(handle: number): void {
    this.#tasks.delete(handle);
  }
  get waiting(): number {
    return this.#tasks.size;
  }
  /** Runs the waiting tasks (those they plan run at the next call). */
  idle(): void {
    const tasks = [...this.#tasks.values()];
    this.#tasks.clear();
    for (const task of tasks) task();
  }
  /** Idle moments until nothing is planned. */
  idleUntilDone(): number {
    let moments = 0;
    while (this.waiting > 0) {
      this.idle();
      moments += 1;
    }
    return moments;
  }
}

const index = new GuideIndex(bundledGraph);
const french = { language: 'fr' };
const ids = (deck: ScreenDeck<typeof french>): string[] => deck.screens.map((screen) => screen.key);

describe('ScreenDeck', () => {
  it('renders the screen shown at once, and the screens one tap away only in idle moments, one per moment', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who'], french);
    expect(ids(deck)).toEqual(['who']);
    expect(deck.renderingAhead).toBe(true);
    idle.idle();
    expect(ids(deck)).toEqual(['who']);
    idle.idle();
    expect(ids(deck)).toEqual(['who', 'has-account']);
    expect(idle.idleUntilDone()).toBe(2);
    expect(ids(deck)).toEqual(['who', 'has-account', 'cpge-not-concerned', 'student-not-here']);
    expect(deck.renderingAhead).toBe(false);
    expect(deck.shown).toBe(deck.screens[0]?.deckKey);
  });

  it('shows a screen rendered ahead without rendering anything, then drops what is no longer one tap away', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who'], french);
    idle.idleUntilDone();
    const before = deck.screens;
    deck.show(index, ['who', 'cpge-not-concerned'], french);
    expect(deck.screens).toBe(before);
    expect(deck.shown).toBe(deck.screens.find((screen) => screen.id === 'cpge-not-concerned')?.deckKey);
    idle.idleUntilDone();
    expect(ids(deck)).toEqual(['who', 'cpge-not-concerned', 'recap@who>cpge-not-concerned>recap']);
  });

  it('renders the recap of the path the visitor would have, and a new one when the path differs', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who', 'student-not-here'], french);
    idle.idleUntilDone();
    const recap = deck.screens.find((screen) => screen.id === 'recap');
    expect(recap?.path).toEqual(['who', 'student-not-here', 'recap']);
    deck.show(index, ['who', 'student-not-here', 'recap'], french);
    expect(deck.shown).toBe(recap?.deckKey);
    deck.show(index, ['who'], french);
    deck.show(index, ['who', 'cpge-not-concerned'], french);
    idle.idleUntilDone();
    expect(deck.screens.filter((screen) => screen.id === 'recap').map((screen) => screen.path)).toEqual([['who', 'cpge-not-concerned', 'recap']]);
  });

  it('shown again on the same path in the same texts, keeps what it planned', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who', 'has-account'], french);
    idle.idle();
    idle.idle();
    const planned = idle.waiting;
    const screens = deck.screens;
    deck.show(index, ['who', 'has-account'], french);
    expect(idle.waiting).toBe(planned);
    expect(deck.screens).toBe(screens);
    // Prune, then one idle moment per screen ahead (4): two done, three left, as before the call.
    expect(idle.idleUntilDone()).toBe(3);
    expect(ids(deck)).toEqual(['has-account', 'ent-access', 'forgot-which', 'activation-choice', 'who']);
  });

  it('a tap before the idle work is done cancels it and plans for the new screen', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who'], french);
    deck.show(index, ['who', 'has-account'], french);
    expect(idle.waiting).toBe(1);
    idle.idleUntilDone();
    expect(ids(deck)).toEqual(['who', 'has-account', 'ent-access', 'forgot-which', 'activation-choice']);
  });

  it('renders anew in other texts, dropping the screens of the old language at once', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who'], french);
    idle.idleUntilDone();
    const arabic = { language: 'ar' };
    deck.show(index, ['who'], arabic);
    expect(deck.screens).toHaveLength(1);
    expect(deck.screens[0]?.texts).toBe(arabic);
    expect(deck.shown).toBe(deck.screens[0]?.deckKey);
    idle.idleUntilDone();
    expect(deck.screens.every((screen) => screen.texts === arabic)).toBe(true);
    expect(deck.screens).toHaveLength(4);
    deck.show(index, ['who'], { language: 'ar' });
    expect(deck.screens.find((screen) => screen.deckKey === deck.shown)?.texts).not.toBe(arabic);
  });

  it('is emptied for a portal screen, and stops its idle work when disposed', () => {
    const idle = new FakeIdle();
    const deck = new ScreenDeck<typeof french>(idle);
    deck.show(index, ['who', 'has-account', 'activation-choice', 'route-sms'], french);
    deck.show(index, ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'], french);
    expect(deck.screens).toEqual([]);
    expect(deck.shown).toBe('');
    expect(idle.waiting).toBe(0);
    deck.show(index, ['who'], french);
    deck.dispose();
    expect(idle.waiting).toBe(0);
    expect(deck.renderingAhead).toBe(false);
  });
});

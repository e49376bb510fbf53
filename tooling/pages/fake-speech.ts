import type { Page } from '@playwright/test';

/** A voice the fake speech synthesis offers. */
export interface FakeVoiceSpec {
  readonly name: string;
  readonly lang: string;
}

/** What the fake speech synthesis was asked to say. */
export interface SpokenUtterance {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | null;
}

/** A voice for each language but Turkish (to check a language without a voice), French from France. */
export const fakeVoices: readonly FakeVoiceSpec[] = [
  { name: 'Hortense', lang: 'fr-FR' },
  { name: 'Hazel', lang: 'en-GB' },
  { name: 'Maged', lang: 'ar-SA' },
  { name: 'Joana', lang: 'pt-PT' },
  { name: 'Helena', lang: 'es-ES' },
  { name: 'Irina', lang: 'ru-RU' },
  { name: 'Huihui', lang: 'zh-CN' },
  { name: 'Andrei', lang: 'ro-RO' },
  { name: 'Anila', lang: 'sq-AL' },
];

/**
 * Replaces the page's `speechSynthesis` and `SpeechSynthesisUtterance` before any script runs,
 * with a machine that has `voices` (reported late, on `voiceschanged`, as Chromium does), records
 * every utterance and keeps speaking until cancelled or told to finish.
 */
export async function installFakeSpeech(page: Page, voices: readonly FakeVoiceSpec[] = fakeVoices): Promise<void> {
  await page.addInitScript((specs: readonly FakeVoiceSpec[]) => {
    const made = specs.map((spec) => ({ ...spec, localService: true, default: false, voiceURI: spec.name }));
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    let queue: EventTarget[] = [];
    let reported: typeof made = [];
    const listeners = new Set<() => void>();
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      constructor(public text: string) {
        super();
      }
    }
    const synthesis = {
      getVoices: () => reported,
      speak(utterance: FakeUtterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        queue.push(utterance);
      },
      cancel() {
        state.cancels += 1;
        const dropped = queue;
        queue = [];
        setTimeout(() => {
          for (const utterance of dropped) utterance.dispatchEvent(new Event('error'));
        }, 0);
      },
      addEventListener(type: string, listener: () => void) {
        if (type === 'voiceschanged') listeners.add(listener);
      },
      removeEventListener(_type: string, listener: () => void) {
        listeners.delete(listener);
      },
    };
    const state = {
      spoken,
      cancels: 0,
      speaking: () => queue.length > 0,
      finishAll: () => {
        const done = queue;
        queue = [];
        for (const utterance of done) utterance.dispatchEvent(new Event('end'));
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, '__fakeSpeech', { value: state, configurable: true });
    // The voices arrive a moment later, as they do in Chromium.
    setTimeout(() => {
      reported = made;
      for (const listener of listeners) listener();
    }, 50);
  }, voices);
}

type FakeSpeechState = { spoken: SpokenUtterance[]; cancels: number; speaking: () => boolean; finishAll: () => void };

/** What the fake machine was asked to say, in order. */
export function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => [...(window as unknown as { __fakeSpeech: FakeSpeechState }).__fakeSpeech.spoken]);
}

/** How many times speech was cancelled, and whether anything is still being said. */
export function speechState(page: Page): Promise<{ cancels: number; speaking: boolean }> {
  return page.evaluate(() => {
    const state = (window as unknown as { __fakeSpeech: FakeSpeechState }).__fakeSpeech;
    return { cancels: state.cancels, speaking: state.speaking() };
  });
}

/** Everything queued is said to its end. */
export function finishSpeaking(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeSpeechState }).__fakeSpeech.finishAll());
}

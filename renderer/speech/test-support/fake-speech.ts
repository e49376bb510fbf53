/**
 * Test support: a speech synthesis that behaves like the browser's as far as the kiosk uses it —
 * voices that may arrive later (`voiceschanged`), utterances spoken one after the other, `cancel`
 * dropping the queue, the dropped utterances' `error` events coming later (as in Chromium, once the
 * page's script has run) — and records what was said.
 */
import type { SpeechSynthesisLike, SpeechUtteranceLike, SpeechVoiceLike, TapSource } from '../speech-port.ts';

/** A voice of the fake machine. */
export function fakeVoice(name: string, lang: string, options: { localService?: boolean; default?: boolean } = {}): SpeechVoiceLike {
  return { name, lang, localService: options.localService ?? true, default: options.default ?? false };
}

/** An utterance of the fake machine. */
export class FakeUtterance implements SpeechUtteranceLike {
  lang = '';
  voice: SpeechVoiceLike | null = null;
  rate = 1;
  readonly #listeners = new Map<string, (() => void)[]>();

  constructor(public text: string) {}

  addEventListener(type: 'end' | 'error', listener: () => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  /** Fires an event as the engine would. */
  fire(type: 'end' | 'error'): void {
    for (const listener of this.#listeners.get(type) ?? []) listener();
  }
}

/** What the fake machine said: one entry per utterance spoken to its end or cut off. */
export interface SpokenUtterance {
  readonly text: string;
  readonly voice: string | undefined;
  readonly lang: string;
}

/** The fake `speechSynthesis`. */
export class FakeSpeechSynthesis implements SpeechSynthesisLike {
  /** Every utterance given to `speak`, in order. */
  readonly spoken: SpokenUtterance[] = [];
  /** How many times `cancel` was called. */
  cancels = 0;
  #voices: SpeechVoiceLike[];
  #queue: FakeUtterance[] = [];
  #cancelled: FakeUtterance[] = [];
  readonly #listeners = new Set<() => void>();

  constructor(voices: readonly SpeechVoiceLike[] = []) {
    this.#voices = [...voices];
  }

  getVoices(): readonly SpeechVoiceLike[] {
    return this.#voices;
  }

  speak(utterance: SpeechUtteranceLike): void {
    if (!(utterance instanceof FakeUtterance)) throw new TypeError('speak() takes an utterance of this synthesis');
    this.spoken.push({ text: utterance.text, voice: utterance.voice?.name, lang: utterance.lang });
    this.#queue.push(utterance);
  }

  cancel(): void {
    this.cancels += 1;
    this.#cancelled.push(...this.#queue);
    this.#queue = [];
  }

  /** The `error` events of the utterances `cancel` dropped arrive. */
  deliverCancelErrors(): void {
    const dropped = this.#cancelled;
    this.#cancelled = [];
    for (const utterance of dropped) utterance.fire('error');
  }

  /** True while utterances wait or speak. */
  get speaking(): boolean {
    return this.#queue.length > 0;
  }

  /** The utterance being spoken ends; the next one starts. */
  finishCurrent(): void {
    const current = this.#queue.shift();
    current?.fire('end');
  }

  /** Speaks everything queued to its end. */
  finishAll(): void {
    while (this.#queue.length > 0) this.finishCurrent();
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.#listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.#listeners.delete(listener);
  }

  /** The system reports its voices (late, as Chromium does). */
  installVoices(voices: readonly SpeechVoiceLike[]): void {
    this.#voices = [...voices];
    for (const listener of this.#listeners) listener();
  }

  /** How many listeners follow the voices. */
  get voiceListeners(): number {
    return this.#listeners.size;
  }
}

/** Taps the tests make: `tap()` runs what the speaker listens to, as a touch on the page would. */
export function fakeTaps(): { source: TapSource; tap: () => void; listeners: () => number } {
  const listeners = new Set<() => void>();
  return {
    source: (onTap) => {
      listeners.add(onTap);
      return () => listeners.delete(onTap);
    },
    tap: () => {
      for (const listener of [...listeners]) listener();
    },
    listeners: () => listeners.size,
  };
}

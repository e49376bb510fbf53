/**
 * The parts of the Web Speech API the kiosk reads aloud with, as small interfaces: the browser's
 * `speechSynthesis` and `SpeechSynthesisUtterance` satisfy them, and so do the fakes of the tests.
 */

/** A voice the machine offers (`SpeechSynthesisVoice`). */
export interface SpeechVoiceLike {
  readonly name: string;
  /** Its language tag, `fr-FR`, `ar-SA`, `zh-CN` (some systems write `fr_FR`). */
  readonly lang: string;
  /** True for a voice installed on the machine (it speaks without a network). */
  readonly localService: boolean;
  /** True for the system's default voice. */
  readonly default: boolean;
}

/** One stretch of speech (`SpeechSynthesisUtterance`). */
export interface SpeechUtteranceLike {
  text: string;
  lang: string;
  voice: SpeechVoiceLike | null;
  rate: number;
  addEventListener(type: 'end' | 'error', listener: () => void): void;
}

/** The machine's speech synthesis (`window.speechSynthesis`). */
export interface SpeechSynthesisLike {
  getVoices(): readonly SpeechVoiceLike[];
  speak(utterance: SpeechUtteranceLike): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Makes an utterance of a text (`new SpeechSynthesisUtterance(text)`). */
export type UtteranceFactory = (text: string) => SpeechUtteranceLike;

/**
 * Where the next tap comes from: calls `onTap` on each touch or key, before the page handles it.
 * Returns the function that stops listening.
 */
export type TapSource = (onTap: () => void) => () => void;

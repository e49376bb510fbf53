/**
 * Reads a screen aloud with the machine's speech synthesis, in the visitor's language, EduConnect's
 * French labels with a French voice. One reading at a time, in the whole kiosk: a new reading
 * replaces the last; the next tap or key anywhere stops it (the tap that starts one does not).
 * A language with no voice on the machine cannot be read (the « Écouter » button is not shown).
 */
import type { SpeechSynthesisLike, SpeechUtteranceLike, SpeechVoiceLike, TapSource, UtteranceFactory } from './speech-port.ts';
import { labelLanguage, speechSegments } from './speech-segments.ts';
import { voiceFor, voicesFor } from './voice-choice.ts';

/** Who asked for a reading (each « Écouter » button is one). */
export type SpeechOwner = object;

/** Reads texts aloud; its `voices` and `reading` are reactive state. */
export class Speaker {
  /** The machine's voices, updated when the system reports new ones. */
  voices: readonly SpeechVoiceLike[] = $state.raw([]);
  /** The owner of the reading under way, if any. */
  reading: SpeechOwner | undefined = $state.raw();

  readonly #synthesis: SpeechSynthesisLike;
  readonly #createUtterance: UtteranceFactory;
  readonly #stopListening: () => void;
  readonly #stopTaps: () => void;
  /** The utterances of the reading under way, kept referenced until they end (some engines drop unreferenced ones mid-sentence). */
  #utterances: SpeechUtteranceLike[] = [];
  /** Counts readings, so that the end of a cancelled one is not taken for the current one's. */
  #generation = 0;
  /** The owner whose reading the latest tap stopped: that tap's own click must not start it again. */
  #interrupted: SpeechOwner | undefined;

  constructor(synthesis: SpeechSynthesisLike, createUtterance: UtteranceFactory, taps: TapSource) {
    this.#synthesis = synthesis;
    this.#createUtterance = createUtterance;
    const refresh = (): void => {
      this.voices = [...synthesis.getVoices()];
    };
    synthesis.addEventListener('voiceschanged', refresh);
    this.#stopListening = () => synthesis.removeEventListener('voiceschanged', refresh);
    refresh();
    this.#stopTaps = taps(() => this.#tapped());
  }

  /** True when the machine has a voice for `language`. */
  canSpeak(language: string): boolean {
    return voiceFor(this.voices, language) !== undefined;
  }

  /** The voices that can read `language`, best first (for the staff screen). */
  voicesFor(language: string): SpeechVoiceLike[] {
    return voicesFor(this.voices, language);
  }

  /**
   * Reads `texts` in `language` for `owner`, replacing any reading under way. Returns false, and
   * reads nothing, when the machine has no voice for the language — or when the tap that led here
   * has just stopped this owner's reading (a second tap on « Écouter » stops it).
   */
  read(owner: SpeechOwner, texts: readonly string[], language: string): boolean {
    if (this.#interrupted === owner) {
      this.#interrupted = undefined;
      return false;
    }
    const voice = voiceFor(this.voices, language);
    if (voice === undefined) return false;
    this.#cancel();
    const frenchVoice = voiceFor(this.voices, labelLanguage) ?? voice;
    const generation = this.#generation;
    const utterances = speechSegments(texts, language).map((segment) => {
      const segmentVoice = segment.language === language ? voice : frenchVoice;
      const utterance = this.#createUtterance(segment.text);
      utterance.voice = segmentVoice;
      utterance.lang = segmentVoice.lang;
      utterance.rate = 0.95;
      return utterance;
    });
    const last = utterances[utterances.length - 1];
    if (last === undefined) return false;
    const finished = (): void => {
      if (generation === this.#generation) this.#finish();
    };
    last.addEventListener('end', finished);
    for (const utterance of utterances) utterance.addEventListener('error', finished);
    this.#utterances = utterances;
    this.reading = owner;
    for (const utterance of utterances) this.#synthesis.speak(utterance);
    return true;
  }

  /** Stops the reading under way — only if it is `owner`'s, when one is given. */
  stop(owner?: SpeechOwner): void {
    if (this.reading === undefined || (owner !== undefined && this.reading !== owner)) return;
    this.#cancel();
  }

  /** Stops reading and listening (the page is going away). */
  dispose(): void {
    this.#cancel();
    this.#stopListening();
    this.#stopTaps();
  }

  /** Any tap or key: the reading under way stops, and its owner's click is not taken as "read again". */
  #tapped(): void {
    this.#interrupted = this.reading;
    if (this.reading !== undefined) this.#cancel();
  }

  #cancel(): void {
    this.#generation += 1;
    const wasSpeaking = this.reading !== undefined || this.#utterances.length > 0;
    this.#finish();
    if (wasSpeaking) this.#synthesis.cancel();
  }

  #finish(): void {
    this.#utterances = [];
    this.reading = undefined;
  }
}

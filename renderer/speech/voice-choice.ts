/**
 * Which of the machine's voices reads a language: one whose language tag has the same language
 * (and, for Chinese, the same writing: simplified characters read in Mandarin), preferring the
 * voice installed on the machine (the kiosk may have no network), then the region the guide's
 * texts are written for, then the system's default.
 */
import type { SpeechVoiceLike } from './speech-port.ts';

/** The regions preferred for each language, best first (`pt`: the texts are European Portuguese). */
const preferredRegions: Readonly<Record<string, readonly string[]>> = {
  fr: ['FR'],
  en: ['GB', 'IE', 'US'],
  pt: ['PT', 'BR'],
  es: ['ES'],
  ar: ['SA', 'EG', 'MA', 'DZ', 'TN'],
  tr: ['TR'],
  ru: ['RU'],
  ro: ['RO'],
  sq: ['AL', 'XK'],
  zh: ['CN', 'SG', 'TW'],
};

/** The parts of a language tag (`zh-Hans-CN`, `fr_FR`), lower-case language, upper-case region and script as written. */
function tagParts(tag: string): { language: string; script: string | undefined; region: string | undefined } {
  const [language = '', ...rest] = tag.replace(/_/g, '-').split('-');
  const script = rest.find((part) => /^[A-Za-z]{4}$/.test(part));
  const region = rest.find((part) => /^(?:[A-Za-z]{2}|\d{3})$/.test(part));
  return { language: language.toLowerCase(), script: script?.toLowerCase(), region: region?.toUpperCase() };
}

/** The voice's language, with Mandarin (`cmn`) counted as Chinese. */
function voiceLanguage(tag: string): ReturnType<typeof tagParts> {
  const parts = tagParts(tag);
  return parts.language === 'cmn' ? { ...parts, language: 'zh' } : parts;
}

/**
 * How well a voice reads a guide language: 0 when it cannot (another language; Cantonese or
 * traditional characters for simplified Chinese), more for a preferred region.
 */
export function voiceFit(voice: SpeechVoiceLike, guideLanguage: string): number {
  const wanted = tagParts(guideLanguage);
  const offered = voiceLanguage(voice.lang);
  if (offered.language !== wanted.language) return 0;
  if (wanted.language === 'zh' && (offered.script === 'hant' || offered.region === 'HK' || offered.region === 'MO' || tagParts(voice.lang).language === 'yue')) return 0;
  const regions = preferredRegions[wanted.language] ?? [];
  const rank = offered.region === undefined ? -1 : regions.indexOf(offered.region);
  return rank < 0 ? 1 : 1 + regions.length - rank;
}

/** The voices that can read a guide language, best first. */
export function voicesFor(voices: readonly SpeechVoiceLike[], guideLanguage: string): SpeechVoiceLike[] {
  // A voice installed on the machine first (a network voice is silent when the network is down),
  // then the region, then the system's default.
  const score = (voice: SpeechVoiceLike): number => (voice.localService ? 100 : 0) + voiceFit(voice, guideLanguage) * 2 + (voice.default ? 1 : 0);
  return voices
    .map((voice, order) => ({ voice, order, fit: voiceFit(voice, guideLanguage), score: score(voice) }))
    .filter((entry) => entry.fit > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.voice);
}

/** The best voice for a guide language, or undefined when the machine has none. */
export function voiceFor(voices: readonly SpeechVoiceLike[], guideLanguage: string): SpeechVoiceLike | undefined {
  return voicesFor(voices, guideLanguage)[0];
}

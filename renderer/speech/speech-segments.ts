/**
 * A text cut into what each voice reads: the guide's texts quote EduConnect's French labels in
 * « » inside every translation (`Choose « Représentant légal » (legal guardian).`), and a label
 * is read by a French voice so the parent hears the words the portal shows.
 */

/** The language every « » label is in. */
export const labelLanguage = 'fr';

/** One stretch of speech and the language to read it in. */
export interface SpeechSegment {
  readonly text: string;
  readonly language: string;
}

/** Runs of spaces (and the zero-width spaces of line breaks) as one space, trimmed. */
function tidy(text: string): string {
  return text.replace(/[\u200B\u2060]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The segments of `texts` (read one after the other) in `language`: each French label in « »
 * becomes a segment of its own in French, without its quotation marks; in French the whole text
 * is one segment. Neighbouring segments of the same language are joined; empty ones are dropped.
 */
export function speechSegments(texts: readonly string[], language: string): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  const push = (text: string, segmentLanguage: string): void => {
    const tidied = tidy(text);
    if (tidied === '' || /^[\p{P}\s]*$/u.test(tidied)) return;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.language === segmentLanguage) segments[segments.length - 1] = { text: `${last.text} ${tidied}`, language: segmentLanguage };
    else segments.push({ text: tidied, language: segmentLanguage });
  };
  for (const text of texts) {
    if (language === labelLanguage) {
      push(text.replace(/[«»]/g, ' '), language);
      continue;
    }
    let rest = text;
    for (let open = rest.indexOf('«'); open >= 0; open = rest.indexOf('«')) {
      const close = rest.indexOf('»', open + 1);
      if (close < 0) break;
      push(rest.slice(0, open), language);
      push(rest.slice(open + 1, close), labelLanguage);
      rest = rest.slice(close + 1);
    }
    push(rest, language);
  }
  return segments;
}

/**
 * What « Écouter » reads on a screen, as plain texts in reading order: a guide screen's title,
 * text, numbered steps, its portal action and its answers; the recap's intro, the routes tried,
 * the next steps and the contacts (the web and e-mail addresses are left to the printed slip).
 */
import type { GuideScreen } from '../../common/guide/guide-schema.ts';
import type { TextPart } from '../../common/guide/placeholders.ts';
import type { SlipModel, SlipText } from '../../common/slip/slip-types.ts';
import type { Translator } from '../i18n/translator.ts';

const plain = (parts: readonly TextPart[]): string => parts.map((part) => part.text).join('');
const defined = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** The texts of a guide screen (any kind but the recap), in the visitor's language. */
export function guideScreenSpeech(translator: Translator, screen: GuideScreen): string[] {
  const texts = translator.screen(screen.id);
  const fill = (text: string | undefined): string | undefined => (text === undefined ? undefined : plain(translator.fill(text)));
  return [
    fill(texts.title),
    fill(texts.body),
    ...(screen.steps ?? []).map((step, index) => {
      const text = fill(texts.steps?.[step.id]);
      return text === undefined ? undefined : `${String(index + 1)}. ${text}`;
    }),
    screen.portalScreen === undefined ? undefined : fill(texts.action),
    ...(screen.answers ?? []).map((answer) => fill(texts.answers?.[answer.id])),
  ].filter(defined);
}

/** The recap's texts: its title and intro, then what the slip says, in the visitor's language only. */
export function recapSpeech(title: string, intro: string, slip: SlipModel | undefined, items: readonly string[]): string[] {
  const own = (text: SlipText | undefined): string | undefined => (text === undefined ? undefined : plain(text.parts));
  if (slip === undefined) return [title, intro, ...items].filter(defined);
  const { secretariat, referent } = slip;
  return [
    title,
    intro,
    ...(slip.routes.length === 0 ? [] : [own(slip.routesHeading)]),
    ...slip.routes.flatMap((route) => [own(route.name), own(route.outcomeText)]),
    own(slip.nextStepsHeading),
    ...slip.nextSteps.map((step, index) => `${String(index + 1)}. ${own(step.text) ?? ''}`),
    own(slip.contactsHeading),
    own(secretariat.label),
    secretariat.name,
    ...secretariat.lines.map((line) => `${own(line.label) ?? ''} ${line.value}`),
    own(referent.label),
    `« ${referent.recipient} » (${referent.directoryName})`,
  ].filter(defined);
}

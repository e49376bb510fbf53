import { withFrenchTypography } from './french-typography.ts';
import { supportedLanguages, type SupportedLanguage } from './languages.ts';

/** The attract screen's one-line invitation ("Touchez l'écran pour commencer") in each language. */
export type Invitations = Readonly<Partial<Record<SupportedLanguage, string>>>;

/** The invitation of one language file's text, or undefined when the file is missing or broken. */
export function invitationOf(fileText: string | undefined): string | undefined {
  if (fileText === undefined) return undefined;
  try {
    const parsed = JSON.parse(fileText) as { ui?: { attractStart?: unknown } };
    const text = parsed.ui?.attractStart;
    return typeof text === 'string' && text.trim() !== '' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Collects the invitations of every language whose file gives one, in the picker's order. */
export async function collectInvitations(readLanguageFile: (language: SupportedLanguage) => Promise<string | undefined>): Promise<Invitations> {
  const entries = await Promise.all(
    supportedLanguages.map(async (language) => [language, invitationOf(await readLanguageFile(language))] as const),
  );
  const invitations: Partial<Record<SupportedLanguage, string>> = {};
  // The French invitation is spaced like every French text the kiosk shows.
  for (const [language, text] of entries) if (text !== undefined) invitations[language] = language === 'fr' ? withFrenchTypography(text) : text;
  return invitations;
}

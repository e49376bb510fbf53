/**
 * The languages the guide is written in. French is the source (and the fallback for any missing
 * text); the others are translations of `resources/guide/texts/fr.json`, one file per language
 * named `<code>.json`, where `<code>` is the language tag below (`zh-Hans` is simplified Chinese).
 * The order is the order of the language picker.
 */
export const supportedLanguages = ['fr', 'en', 'ar', 'tr', 'pt', 'es', 'ru', 'zh-Hans', 'ro', 'sq'] as const;

/** A language the guide has texts for (its tag, also the name of its texts file). */
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** Whether a string is the tag of a supported language (for a configuration value or a file name). */
export function isSupportedLanguage(tag: string): tag is SupportedLanguage {
  return (supportedLanguages as readonly string[]).includes(tag);
}

/** Each language's name in itself, as the language picker shows it (before its texts are loaded). */
export const languageNames: Readonly<Record<SupportedLanguage, string>> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pt: 'Português',
  es: 'Español',
  ru: 'Русский',
  'zh-Hans': '简体中文',
  ro: 'Română',
  sq: 'Shqip',
};

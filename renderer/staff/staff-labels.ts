/**
 * The French words of the staff screen for what the shell reports as ids: configuration and guide
 * sources, routes and screens of the guide, languages.
 */
import type { ConfigSource } from '../../common/config/config-snapshot.ts';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { isSupportedLanguage, languageNames } from '../../common/guide/languages.ts';
import type { GuideSource } from '../../common/guide/load-guide.ts';

/** Where the configuration in use comes from. */
export function configSourceLabel(source: ConfigSource): string {
  return source === 'override' ? 'fichier de l’établissement (--config ou BORNE_CONFIG)' : 'configuration par défaut, livrée avec la borne';
}

/** Where the guide in use comes from. */
export function guideSourceLabel(source: GuideSource): string {
  return source === 'resources' ? 'fichiers du dossier resources/guide' : 'copie livrée avec la borne';
}

/** A route's French name ("Activation par SMS"), or its id. */
export function routeLabel(texts: GuideTexts | undefined, id: string): string {
  const name = texts !== undefined && Object.hasOwn(texts.routes, id) ? texts.routes[id] : undefined;
  return name ?? id;
}

/** A screen's French title followed by its id ("EduConnect · portal-sms"), or its id. */
export function screenLabel(texts: GuideTexts | undefined, id: string): string {
  const screen = texts !== undefined && Object.hasOwn(texts.screens, id) ? texts.screens[id] : undefined;
  return screen === undefined ? id : `${screen.title} · ${id}`;
}

/** A language's name in itself ("العربية"), or its code. */
export function languageLabel(code: string): string {
  return isSupportedLanguage(code) ? languageNames[code] : code;
}

/** The French name of what a portal page tried and the kiosk refused, or the id. */
export function refusalLabel(id: string): string {
  if (id === 'file-upload') return 'envoi d’un fichier';
  if (id === 'print') return 'impression depuis la page';
  return id;
}

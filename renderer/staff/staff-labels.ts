/**
 * The French words of the staff screen for what the shell reports as ids: configuration and guide
 * sources, routes and screens of the guide, languages.
 */
import type { ConfigSource } from '../../common/config/config-snapshot.ts';
import type { GuideGraph, GuideTexts } from '../../common/guide/guide-schema.ts';
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

/**
 * A screen's name for staff, never its id: its French title, with the route it belongs to when
 * the title alone does not tell it apart ("Avez-vous réussi ? — Activation par SMS"), and a portal
 * screen by its route ("Dans le portail — Activation par SMS"). A screen the guide no longer has
 * (an older statistic) says so. Without the guide's texts yet, the id stands in.
 */
export function screenLabel(texts: GuideTexts | undefined, graph: GuideGraph | undefined, id: string): string {
  if (texts === undefined) return id;
  const screen = graph?.screens.find((candidate) => candidate.id === id);
  const own = Object.hasOwn(texts.screens, id) ? texts.screens[id] : undefined;
  if (own === undefined || (graph !== undefined && screen === undefined)) return 'écran qui n’existe plus dans le guide';
  const route = screen?.route === undefined ? undefined : routeLabel(texts, screen.route);
  if (screen?.kind === 'portal') return `Dans le portail — ${route ?? own.title}`;
  const shared = Object.entries(texts.screens).some(([other, candidate]) => other !== id && candidate.title === own.title);
  return shared && route !== undefined ? `${own.title} — ${route}` : own.title;
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

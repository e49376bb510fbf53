import * as v from 'valibot';
import { guideGraphSchema, guideTextsSchema, type GuideGraph, type GuideScreen, type GuideTexts } from './guide-schema.ts';
import { portalPagesTextProblems, portalPagesTextsSchema } from '../portal/portal-page-texts.ts';
import { portalPageCatalog } from '../portal/portal-pages.ts';
import { withFrenchTypographyEverywhere } from './french-typography.ts';
import { conditionalPlaceholderNames, optionalClose, optionalOpen, optionalPlaceholderNames, placeholderNames, placeholdersIn, textSegments } from './placeholders.ts';
import { uiExtraPlaceholders, uiKeys } from './ui-keys.ts';

const optionalNames: readonly string[] = optionalPlaceholderNames;
const conditionalNames: readonly string[] = conditionalPlaceholderNames;

/** One problem found in the guide, naming the screen when there is one (French, for staff). */
export interface GuideProblem {
  readonly screen?: string;
  readonly message: string;
}

/** The screens a screen leads to: its answers, its portal action, and a portal's exit. */
export function successors(screen: GuideScreen): string[] {
  return [
    ...(screen.answers ?? []).map((answer) => answer.next),
    ...(screen.portalScreen === undefined ? [] : [screen.portalScreen]),
    ...(screen.portal === undefined ? [] : [screen.portal.next]),
  ];
}

function reachable(from: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const next of edges.get(current) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function shapeProblems(issues: readonly v.BaseIssue<unknown>[], file: string): GuideProblem[] {
  return issues.map((issue) => ({ message: `${file} : « ${v.getDotPath(issue) ?? '(fichier)'} » — ${issue.message}` }));
}

/** Checks the graph: ids, links, kinds, reachability from the start, a way to the recap from everywhere. */
export function graphProblems(graph: GuideGraph): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const byId = new Map<string, GuideScreen>();
  for (const screen of graph.screens) {
    if (byId.has(screen.id)) problems.push({ screen: screen.id, message: `Écran « ${screen.id} » : identifiant en double.` });
    byId.set(screen.id, screen);
  }
  const known = (target: string): boolean => byId.has(target);
  if (!known(graph.start)) problems.push({ message: `L’écran de départ « ${graph.start} » n’existe pas.` });
  if (byId.get(graph.recap)?.kind !== 'recap') problems.push({ message: `L’écran récapitulatif « ${graph.recap} » n’existe pas ou n’est pas de type recap.` });

  for (const screen of graph.screens) {
    const where = `Écran « ${screen.id} »`;
    for (const answer of screen.answers ?? []) {
      if (!known(answer.next)) problems.push({ screen: screen.id, message: `${where} : la réponse « ${answer.id} » mène à « ${answer.next} », qui n’existe pas.` });
    }
    const answerCount = screen.answers?.length ?? 0;
    if (screen.kind === 'question' && (answerCount < 2 || answerCount > 4)) {
      problems.push({ screen: screen.id, message: `${where} : une question a 2 à 4 réponses (ici ${String(answerCount)}).` });
    }
    if (screen.kind === 'steps' && (screen.steps?.length ?? 0) === 0) {
      problems.push({ screen: screen.id, message: `${where} : un écran d’étapes a au moins une étape.` });
    }
    if (screen.kind === 'portal' && screen.portal === undefined) {
      problems.push({ screen: screen.id, message: `${where} : un écran portail doit dire quelle adresse il ouvre et l’écran suivant.` });
    }
    if (screen.portal !== undefined && !known(screen.portal.next)) {
      problems.push({ screen: screen.id, message: `${where} : la sortie du portail mène à « ${screen.portal.next} », qui n’existe pas.` });
    }
    if (screen.portalScreen !== undefined && byId.get(screen.portalScreen)?.kind !== 'portal') {
      problems.push({ screen: screen.id, message: `${where} : l’action « portail » mène à « ${screen.portalScreen} », qui n’est pas un écran portail.` });
    }
    if (screen.kind !== 'recap' && successors(screen).length === 0) {
      problems.push({ screen: screen.id, message: `${where} : impasse, aucune réponse ne permet de continuer.` });
    }
    if (screen.route !== undefined && graph.routes[screen.route]?.includes(screen.id) !== true) {
      problems.push({ screen: screen.id, message: `${where} : absent de la liste du parcours « ${screen.route} ».` });
    }
  }
  for (const [route, ids] of Object.entries(graph.routes)) {
    for (const screenId of ids) {
      if (byId.get(screenId)?.route !== route) problems.push({ screen: screenId, message: `Parcours « ${route} » : l’écran « ${screenId} » n’existe pas ou n’appartient pas à ce parcours.` });
    }
  }

  const forward = new Map(graph.screens.map((s) => [s.id, successors(s).filter(known)]));
  const backward = new Map<string, string[]>();
  for (const [from, targets] of forward) for (const to of targets) backward.set(to, [...(backward.get(to) ?? []), from]);
  const fromStart = reachable(graph.start, forward);
  const toRecap = reachable(graph.recap, backward);
  for (const screen of graph.screens) {
    if (!fromStart.has(screen.id)) problems.push({ screen: screen.id, message: `Écran « ${screen.id} » : inaccessible depuis le départ.` });
    if (!toRecap.has(screen.id)) problems.push({ screen: screen.id, message: `Écran « ${screen.id} » : ne mène jamais au récapitulatif.` });
  }
  return problems;
}

/**
 * What is wrong with one text's placeholders: unknown names, an optional setting used outside an
 * optional part `[[ … ]]` (it would leave a hole when the school has not set it), an optional
 * part that depends on no optional setting, brackets that do not pair up.
 */
function placeholderProblems(text: string, allowed: readonly string[], where: string, screen?: string): GuideProblem[] {
  const problem = (message: string): GuideProblem => ({ ...(screen === undefined ? {} : { screen }), message: `${where} : ${message}` });
  const problems = placeholdersIn(text)
    .filter((name) => !allowed.includes(name))
    .map((name) => problem(`espace réservé inconnu « {${name}} ».`));
  const segments = textSegments(text);
  for (const segment of segments) {
    const names = placeholdersIn(segment.text);
    if (segment.optional && !names.some((name) => conditionalNames.includes(name))) {
      problems.push(problem(`la partie facultative « [[${segment.text}]] » ne dépend d’aucun réglage facultatif (téléphone, lieu, horaires, e-mail du secrétariat).`));
    }
    for (const name of names.filter((candidate) => !segment.optional && optionalNames.includes(candidate))) {
      problems.push(problem(`« {${name}} » est un réglage facultatif : écrivez-le dans une partie [[ … ]], qui disparaît quand il n’est pas rempli.`));
    }
    if (segment.text.includes(optionalOpen) || segment.text.includes(optionalClose)) {
      problems.push(problem('des crochets [[ ou ]] ne sont pas appariés.'));
    }
  }
  return problems;
}

function sameKeys(actual: Readonly<Record<string, string>> | undefined, expected: readonly string[], where: string, what: string, screen: string): GuideProblem[] {
  const keys = Object.keys(actual ?? {});
  return [
    ...expected.filter((key) => !keys.includes(key)).map((key) => ({ screen, message: `${where} : texte manquant pour ${what} « ${key} ».` })),
    ...keys.filter((key) => !expected.includes(key)).map((key) => ({ screen, message: `${where} : texte en trop pour ${what} « ${key} ».` })),
  ];
}

/** Checks one language's texts against the graph: every key present, none extra, every placeholder known. */
export function textProblems(graph: GuideGraph, texts: GuideTexts): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const lang = texts.meta.language;
  const config: readonly string[] = placeholderNames;
  for (const screen of graph.screens) {
    const where = `Écran « ${screen.id} » (${lang})`;
    const own = texts.screens[screen.id];
    if (own === undefined) {
      problems.push({ screen: screen.id, message: `${where} : aucun texte.` });
      continue;
    }
    problems.push(...sameKeys(own.answers, (screen.answers ?? []).map((a) => a.id), where, 'la réponse', screen.id));
    problems.push(...sameKeys(own.steps, (screen.steps ?? []).map((s) => s.id), where, 'l’étape', screen.id));
    if ((screen.portalScreen !== undefined) !== (own.action !== undefined)) {
      problems.push({ screen: screen.id, message: `${where} : le texte de l’action « portail » doit exister si et seulement si l’écran ouvre le portail.` });
    }
    for (const text of [own.title, own.body, own.action, ...Object.values(own.answers ?? {}), ...Object.values(own.steps ?? {})]) {
      if (text !== undefined) problems.push(...placeholderProblems(text, config, where, screen.id));
    }
    for (const item of screen.recap ?? []) {
      if (texts.recapItems[item] === undefined) problems.push({ screen: screen.id, message: `${where} : élément du récapitulatif « ${item} » sans texte.` });
    }
  }
  const screenIds = new Set(graph.screens.map((s) => s.id));
  for (const id of Object.keys(texts.screens)) {
    if (!screenIds.has(id)) problems.push({ screen: id, message: `Textes (${lang}) : l’écran « ${id} » n’existe pas dans le graphe.` });
  }
  const usedItems = new Set(graph.screens.flatMap((s) => s.recap ?? []));
  for (const [id, text] of Object.entries(texts.recapItems)) {
    if (!usedItems.has(id)) problems.push({ message: `Textes (${lang}) : l’élément du récapitulatif « ${id} » n’est utilisé par aucun écran.` });
    problems.push(...placeholderProblems(text, config, `Élément « ${id} » (${lang})`));
  }
  for (const route of Object.keys(graph.routes)) {
    if (texts.routes[route] === undefined) problems.push({ message: `Textes (${lang}) : nom manquant pour le parcours « ${route} ».` });
  }
  for (const route of Object.keys(texts.routes)) {
    if (graph.routes[route] === undefined) problems.push({ message: `Textes (${lang}) : le parcours « ${route} » n’existe pas.` });
  }
  const expectedUi: readonly string[] = uiKeys;
  for (const key of uiKeys) {
    const text = texts.ui[key];
    if (text === undefined) problems.push({ message: `Textes (${lang}) : mot d’interface manquant « ${key} ».` });
    else problems.push(...placeholderProblems(text, [...config, ...(uiExtraPlaceholders[key] ?? [])], `Interface « ${key} » (${lang})`));
  }
  for (const key of Object.keys(texts.ui)) {
    if (!expectedUi.includes(key)) problems.push({ message: `Textes (${lang}) : mot d’interface inconnu « ${key} ».` });
  }
  return problems;
}

/**
 * Schema of a whole texts file: the guide's texts and, under `portalPages`, the page companion's
 * words (keyed by `resources/guide/portal-pages.json`).
 */
export const kioskTextsSchema = v.strictObject({ ...guideTextsSchema.entries, portalPages: portalPagesTextsSchema });

/** One language's whole texts file. */
export type KioskTexts = v.InferOutput<typeof kioskTextsSchema>;

/** Checks one language's whole file: the guide's texts against the graph, the companion's against the known pages. */
export function kioskTextProblems(graph: GuideGraph, texts: KioskTexts): GuideProblem[] {
  return [...textProblems(graph, texts), ...portalPagesTextProblems(portalPageCatalog, texts.portalPages, texts.meta.language)];
}

/** A guide that passed every check. */
export interface ValidGuide {
  readonly graph: GuideGraph;
  readonly texts: KioskTexts;
}

/**
 * Validates parsed guide files (the graph and the French texts): shapes first, then the graph, then
 * the texts against the graph. The valid texts come back with French spacing (narrow no-break
 * spaces inside « » and before ; ! ? :), whatever spaces the file was written with.
 */
export function validateGuide(graphInput: unknown, textsInput: unknown): { ok: true; guide: ValidGuide } | { ok: false; problems: GuideProblem[] } {
  const graph = v.safeParse(guideGraphSchema, graphInput);
  const texts = v.safeParse(kioskTextsSchema, textsInput);
  const problems = [
    ...(graph.success ? [] : shapeProblems(graph.issues, 'guide.json')),
    ...(texts.success ? [] : shapeProblems(texts.issues, 'textes')),
  ];
  if (!graph.success || !texts.success) return { ok: false, problems };
  problems.push(...graphProblems(graph.output), ...kioskTextProblems(graph.output, texts.output));
  return problems.length === 0 ? { ok: true, guide: { graph: graph.output, texts: withFrenchTypographyEverywhere(texts.output) } } : { ok: false, problems };
}

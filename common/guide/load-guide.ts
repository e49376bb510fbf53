import type { Invitations } from './invitations.ts';
import { validateGuide, type GuideProblem, type ValidGuide } from './validate-guide.ts';

/** Where the guide in use came from. */
export type GuideSource = 'resources' | 'bundled';

/** The guide the renderer receives: graph, French texts, and what was wrong with the edited files. */
export interface GuideSnapshot extends ValidGuide {
  readonly source: GuideSource;
  /** Problems found in `resources/guide/`, shown to staff; empty when the edited files are used. */
  readonly problems: readonly GuideProblem[];
  /** The attract screen's invitation in each language (read from every language file at start). */
  readonly invitations?: Invitations;
}

/** The guide files as read from `resources/guide/` (text), or why they could not be read. */
export type GuideFiles = { readonly kind: 'read'; readonly graph: string; readonly texts: string } | { readonly kind: 'unreadable' };

function parse(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: GuideProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { message: `${file} n’est pas un fichier JSON valide.` } };
  }
}

/**
 * Chooses the guide: the edited files in `resources/guide/` when they pass every check, otherwise
 * the copy bundled into the application at build time, with the problems for staff. The kiosk
 * never shows a blank screen because of a guide file.
 */
export function chooseGuide(files: GuideFiles, bundled: { readonly graph: unknown; readonly texts: unknown }): GuideSnapshot {
  const fallback = validateGuide(bundled.graph, bundled.texts);
  if (!fallback.ok) throw new Error(`Bundled guide is invalid: ${fallback.problems.map((p) => p.message).join(' | ')}`);
  if (files.kind === 'unreadable') {
    return { ...fallback.guide, source: 'bundled', problems: [{ message: 'Les fichiers du guide (resources/guide) sont illisibles.' }] };
  }
  const graph = parse(files.graph, 'guide.json');
  const texts = parse(files.texts, 'texts/fr.json');
  if (!graph.ok || !texts.ok) {
    const problems = [graph, texts].flatMap((r) => (r.ok ? [] : [r.problem]));
    return { ...fallback.guide, source: 'bundled', problems };
  }
  const edited = validateGuide(graph.value, texts.value);
  return edited.ok
    ? { ...edited.guide, source: 'resources', problems: [] }
    : { ...fallback.guide, source: 'bundled', problems: edited.problems };
}

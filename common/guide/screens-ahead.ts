import { successors } from './validate-guide.ts';
import { pathAfterBack, type GuideIndex } from './visitor-path.ts';

/** A guide screen as the visitor would see it: its id and the path that leads to it. */
export interface ScreenOnPath {
  /**
   * Names what the screen shows: the screen id, except for the recap, whose content (the slip)
   * depends on the whole path — `recap@id>id>…>recap`. Two equal keys always render the same.
   */
  readonly key: string;
  readonly id: string;
  /** The visitor's path on that screen, from the start; it ends with `id`. */
  readonly path: readonly string[];
}

/** The screen at the end of a path, keyed by what it shows. */
export function screenOnPath(index: GuideIndex, path: readonly string[]): ScreenOnPath {
  const id = path[path.length - 1] ?? index.graph.start;
  const key = index.screen(id).kind === 'recap' ? `recap@${path.join('>')}` : id;
  return { key, id, path };
}

/**
 * The guide screens one tap away from the end of `path`, in the order a parent most often taps:
 * each answer and action of the current screen, then "Retour", then "Recommencer". Portal screens
 * are left out (they show the portal, not a guide screen), and so is the current screen; each
 * screen comes once. The kiosk renders these ahead, while the parent reads, so that a tap only
 * has to show a screen that is already laid out.
 */
export function screensOneTapAway(index: GuideIndex, path: readonly string[]): ScreenOnPath[] {
  const current = screenOnPath(index, path);
  const candidates: (readonly string[])[] = [
    ...successors(index.screen(current.id)).map((next) => [...path, next]),
    pathAfterBack(index, path),
    [index.graph.start],
  ];
  const ahead = new Map<string, ScreenOnPath>();
  for (const candidate of candidates) {
    const screen = screenOnPath(index, candidate);
    if (screen.key === current.key || ahead.has(screen.key) || index.screen(screen.id).kind === 'portal') continue;
    ahead.set(screen.key, screen);
  }
  return [...ahead.values()];
}

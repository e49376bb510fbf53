/**
 * Comparing two listings of the app's data folder: what appeared, disappeared or changed between
 * them, and which of those a visit is allowed to cause (the anonymous statistics and the log).
 */
import type { UserDataEntry } from './self-test-kiosk.ts';

/** The folders a visit may write to: the anonymous statistics and the référent's log. */
export const allowedVisitFolders = ['statistics', 'logs'] as const;

/** True when a visit may write `path` (inside the statistics or log folder). */
export function isAllowedVisitWrite(path: string): boolean {
  return allowedVisitFolders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

/**
 * The paths that differ between two listings: files or folders added or removed, and files whose
 * size or modification time changed (a folder's own time changes with its files: not counted).
 */
export function changedPaths(before: readonly UserDataEntry[], after: readonly UserDataEntry[]): string[] {
  const earlier = new Map(before.map((entry) => [entry.path, entry]));
  const later = new Map(after.map((entry) => [entry.path, entry]));
  const changed = new Set<string>();
  for (const [path, entry] of later) {
    const old = earlier.get(path);
    if (old === undefined || old.directory !== entry.directory) changed.add(path);
    else if (!entry.directory && (old.size !== entry.size || old.modifiedMs !== entry.modifiedMs)) changed.add(path);
  }
  for (const path of earlier.keys()) if (!later.has(path)) changed.add(path);
  return [...changed].sort();
}

/**
 * What a visit wrote that it should not have: the paths changed across the visit, minus the
 * allowed folders, minus the paths that also changed in a control period without any visit
 * (the browser's own housekeeping files).
 */
export function visitWrites(
  control: { readonly before: readonly UserDataEntry[]; readonly after: readonly UserDataEntry[] },
  visit: { readonly before: readonly UserDataEntry[]; readonly after: readonly UserDataEntry[] },
): { readonly written: string[]; readonly background: string[] } {
  const background = changedPaths(control.before, control.after).filter((path) => !isAllowedVisitWrite(path));
  const ignored = new Set(background);
  const written = changedPaths(visit.before, visit.after).filter((path) => !isAllowedVisitWrite(path) && !ignored.has(path));
  return { written, background };
}

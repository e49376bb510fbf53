import { fillPlain } from '../common/guide/placeholders.ts';
import { allSimplePaths, frenchTexts, guideIndex, titleOf, values } from '../tooling/guide-data.ts';
import type { Expectation, TapStep } from './probe.ts';

/** An interface word of the French texts, placeholders filled, as the visitor reads it. */
export function uiText(key: string): string {
  const text = frenchTexts.ui[key];
  if (text === undefined) throw new Error(`no French interface text "${key}"`);
  return fillPlain(text, values);
}

/** True for the portal screens (toolbar and framed portal, no guide heading). */
export function isPortal(id: string): boolean {
  return guideIndex.screen(id).kind === 'portal';
}

/** What shows when screen `id` is on: its heading with its French title, or the portal's toolbar. */
export function screenShown(id: string): Expectation {
  if (isPortal(id)) return { selector: `[data-portal-target="${guideIndex.screen(id).portal?.target ?? ''}"]` };
  return { selector: `[data-screen="${id}"] h1`, text: titleOf(id) };
}

/** The label of the control on screen `from` that leads to screen `to` (as `GuidePage.goTo` finds it). */
export function controlLabel(from: string, to: string): string {
  const screen = guideIndex.screen(from);
  const texts = frenchTexts.screens[from];
  if (screen.portal?.next === to) return uiText('portalToGuide');
  if (screen.portalScreen === to) return fillPlain(texts?.action ?? '', values);
  const answer = screen.answers?.find((a) => a.next === to);
  if (answer === undefined) throw new Error(`${from} does not lead to ${to}`);
  return fillPlain(texts?.answers?.[answer.id] ?? '', values);
}

/** The taps of a path, from its first screen (already shown) to its last. */
export function stepsOf(path: readonly string[]): TapStep[] {
  return path.slice(1).map((to, i) => ({ label: controlLabel(path[i] ?? '', to), expected: screenShown(to) }));
}

/** Tap on the attract screen → the guide's first question. */
export function startStep(): TapStep {
  return { label: uiText('attractStart'), expected: screenShown(guideIndex.graph.start) };
}

/** "Recommencer" → the guide's first question. */
export function restartStep(): TapStep {
  return { label: uiText('restart'), expected: screenShown(guideIndex.graph.start) };
}

/** The paths from the start to the recap that open no portal screen. */
export function guideOnlyPaths(): string[][] {
  return allSimplePaths().filter((path) => !path.some(isPortal));
}

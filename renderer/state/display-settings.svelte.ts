import type { KioskReach } from '../../common/config/school-config.ts';

/** The text sizes a visitor can choose: normal, large (150 %), larger (200 %). */
export const textScales = [1, 1.5, 2] as const;

/** A text size. */
export type TextScale = (typeof textScales)[number];

/**
 * How the visitor wants the screen: text size, contrast, and whether every control lies within
 * reach of a seated visitor or a child (the lowered layout). Reset for every visitor; the lowered
 * layout starts on by itself on a floor-standing portrait kiosk.
 */
export class DisplaySettings {
  textScale: TextScale = $state(1);
  highContrast = $state(false);
  withinReach = $state(false);
  #reachByDefault = false;
  #reachChosen = false;

  /** Follows the kiosk's reach setting; a visitor's own choice stands until the next visitor. */
  useKioskReach(reach: KioskReach): void {
    this.#reachByDefault = reach === 'floor-portrait';
    if (!this.#reachChosen) this.withinReach = this.#reachByDefault;
  }

  /** The visitor's « Tout à portée de main » toggle. */
  toggleWithinReach(): void {
    this.#reachChosen = true;
    this.withinReach = !this.withinReach;
  }

  /** Back to the defaults for the next visitor. */
  reset(): void {
    this.textScale = 1;
    this.highContrast = false;
    this.#reachChosen = false;
    this.withinReach = this.#reachByDefault;
  }
}

/** The classes the root element takes for these settings (styles live in global.css). */
export function displayClasses(settings: { readonly textScale: TextScale; readonly highContrast: boolean; readonly withinReach: boolean }): string[] {
  const classes: string[] = [];
  if (settings.textScale === 1.5) classes.push('text-150');
  if (settings.textScale === 2) classes.push('text-200');
  if (settings.highContrast) classes.push('contrast-high');
  if (settings.withinReach) classes.push('within-reach');
  return classes;
}

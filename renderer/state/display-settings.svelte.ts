/** The text sizes a visitor can choose: normal, large (150 %), larger (200 %). */
export const textScales = [1, 1.5, 2] as const;

/** A text size. */
export type TextScale = (typeof textScales)[number];

/** How the visitor wants the screen: text size and contrast. Reset for every visitor. */
export class DisplaySettings {
  textScale: TextScale = $state(1);
  highContrast = $state(false);

  /** Back to the defaults for the next visitor. */
  reset(): void {
    this.textScale = 1;
    this.highContrast = false;
  }
}

/** The classes the root element takes for these settings (styles live in global.css). */
export function displayClasses(settings: { readonly textScale: TextScale; readonly highContrast: boolean }): string[] {
  const classes: string[] = [];
  if (settings.textScale === 1.5) classes.push('text-150');
  if (settings.textScale === 2) classes.push('text-200');
  if (settings.highContrast) classes.push('contrast-high');
  return classes;
}

/**
 * The interface words every language file must provide under `ui`, and the extra placeholders
 * some of them take. The renderer can only ask for these keys (checked by the compiler).
 */
export const uiKeys = [
  'attractTitle',
  'attractLead',
  'attractPrivacy',
  'attractStart',
  'languageChoice',
  'back',
  'restart',
  'routeProgress',
  'pictogram',
  'portalBack',
  'portalReload',
  'portalToGuide',
  'portalEnd',
  'portalLoading',
  'portalBlockedTitle',
  'portalBlockedBody',
  'portalBlockedReturn',
  'portalFailedTitle',
  'portalFailedBody',
  'portalRetry',
  'portalUnavailable',
  'recapIntro',
  'recapNextSteps',
  'recapContacts',
  'recapPrint',
  'recapEnd',
  'shellUnavailableTitle',
  'shellUnavailableBody',
  'retry',
] as const;

/** An interface word's key. */
export type UiKey = (typeof uiKeys)[number];

/** Placeholders a UI text may use beyond the configuration's (filled by the renderer). */
export const uiExtraPlaceholders: Partial<Readonly<Record<UiKey, readonly string[]>>> = {
  routeProgress: ['route', 'step', 'total'],
  portalBlockedBody: ['host'],
};

/**
 * The interface words of the portal screen, the on-screen keyboard, the idle and time-limit
 * countdowns and the end of a visit (part of `uiKeys`, see `ui-keys.ts`).
 */
export const portalUiKeys = [
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
  'portalRefusedUpload',
  'portalRefusedPrint',
  'portalTypingUnavailable',
  'portalNoticeDismiss',
  'keyboardShow',
  'idleTitle',
  'idleBody',
  'idleStay',
  'idleEnd',
  'limitTitle',
  'limitBody',
  'limitEnd',
  'thanksTitle',
  'thanksBody',
] as const;

/** Placeholders the portal's words take beyond the configuration's (filled by the renderer). */
export const portalUiExtraPlaceholders: Partial<Readonly<Record<(typeof portalUiKeys)[number], readonly string[]>>> = {
  portalBlockedBody: ['host'],
  idleBody: ['seconds'],
  limitBody: ['seconds'],
};

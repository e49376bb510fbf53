import { portalUiExtraPlaceholders, portalUiKeys } from './ui-keys-portal.ts';

/**
 * The interface words every language file must provide under `ui`, and the extra placeholders
 * some of them take. The renderer can only ask for these keys (checked by the compiler). The guide,
 * recap and slip words are listed here; the portal screen's, keyboard's and end-of-visit words in
 * `ui-keys-portal.ts`.
 */
const guideUiKeys = [
  'attractTitle',
  'attractLead',
  'attractPrivacy',
  'attractStart',
  'languageChoice',
  'back',
  'restart',
  'routeProgress',
  'pictogram',
  'listen',
  'recapIntro',
  'recapNextSteps',
  'recapContacts',
  'recapPrint',
  'recapEnd',
  'shellUnavailableTitle',
  'shellUnavailableBody',
  'retry',
  'textSize',
  'textSizeNormal',
  'textSizeLarge',
  'textSizeLarger',
  'highContrast',
  'withinReach',
  'recapPrinting',
  'recapPrinted',
  'recapPrintFailed',
  'recapPhoto',
  'recapPrintLimit',
  'recapShowSlip',
  'recapClose',
  'slipTitle',
  'slipDate',
  'slipRoute',
  'slipOutcomeSuccess',
  'slipOutcomeFailure',
  'slipSecretariat',
  'slipPhone',
  'slipPlace',
  'slipHours',
  'slipIdentifier',
  'slipReferent',
  'slipQrEduconnect',
  'slipQrEnt',
  'slipQrMail',
  'slipNoPersonalData',
  'slipMailSubject',
  'slipMailBody',
] as const;

/** Every interface word's key. */
export const uiKeys = [...guideUiKeys, ...portalUiKeys] as const;

/** An interface word's key. */
export type UiKey = (typeof uiKeys)[number];

/** Placeholders a UI text may use beyond the configuration's (filled by the renderer). */
export const uiExtraPlaceholders: Partial<Readonly<Record<UiKey, readonly string[]>>> = {
  routeProgress: ['route', 'step', 'total'],
  slipDate: ['date'],
  ...portalUiExtraPlaceholders,
};

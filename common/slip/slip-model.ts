import type { GuideGraph, GuideTexts } from '../guide/guide-schema.ts';
import { fillText, readableAddress, type PlaceholderValues } from '../guide/placeholders.ts';
import type { UiKey } from '../guide/ui-keys.ts';
import { secretariatEmail, slipPlaceholderValues, type SlipConfig } from './slip-config.ts';
import { secretariatMailto } from './slip-mailto.ts';
import { routesTried } from './slip-routes.ts';
import type { SlipContactKind, SlipContactLine, SlipModel, SlipNextStep, SlipQrCode, SlipRoute, SlipText } from './slip-types.ts';

/** The language whose texts are EduConnect's own, kept next to every translation. */
export const slipSourceLanguage = 'fr';

/**
 * What a slip is built from — and nothing else: the path of screen ids, the guide, the texts
 * of the visitor's language and the French ones, the school configuration and the date.
 */
export interface SlipInput {
  /** The visitor's path: screen ids from the start to the recap. */
  readonly path: readonly string[];
  readonly graph: GuideGraph;
  /** The texts of the visitor's language. */
  readonly texts: GuideTexts;
  /** The French texts (the same object as `texts` for a French visitor). */
  readonly frenchTexts: GuideTexts;
  readonly config: SlipConfig;
  /** The day's date written for a language, without the "Le" (`3 septembre 2025`). */
  readonly formatDate: (language: string) => string;
}

type Texts = (source: GuideTexts) => string | undefined;

/**
 * Text builders: `own` in the visitor's language only (headings, labels), `withFrench` followed by
 * the French wording when the language is not French — for what names EduConnect's own screens
 * and buttons (route names, outcomes, next steps), so the parent recognises them on the portal.
 */
function slipTexts(input: SlipInput, values: PlaceholderValues) {
  const bilingual = input.texts.meta.language !== slipSourceLanguage;
  const build = (pick: Texts, keepFrench: boolean): SlipText => {
    const french = pick(input.frenchTexts) ?? '';
    const own = pick(input.texts) ?? french;
    const parts = fillText(own, values);
    if (!keepFrench || !bilingual || own === french) return { parts };
    return { parts, french: fillText(french, values) };
  };
  return { own: (pick: Texts) => build(pick, false), withFrench: (pick: Texts) => build(pick, true) };
}

/** Builds the recap slip of a visit. Pure: the same inputs always give the same slip. */
export function buildSlip(input: SlipInput): SlipModel {
  const { path, graph, config } = input;
  const values = slipPlaceholderValues(config);
  const text = slipTexts(input, values);
  const ui = (key: UiKey): SlipText => text.own((source) => source.ui[key]);
  const screens = new Map(graph.screens.map((screen) => [screen.id, screen]));

  const routes: SlipRoute[] = routesTried(graph, path).map(({ route, outcome }) => {
    const name = text.withFrench((source) => source.routes[route] ?? route);
    if (outcome === undefined) return { id: route, name };
    const key = outcome === 'success' ? 'slipOutcomeSuccess' : 'slipOutcomeFailure';
    return { id: route, name, outcome, outcomeText: text.withFrench((source) => source.ui[key]) };
  });

  const itemIds = [...new Set(path.flatMap((id) => screens.get(id)?.recap ?? []))];
  const nextSteps: SlipNextStep[] = itemIds.map((id) => ({ id, text: text.withFrench((source) => source.recapItems[id] ?? id) }));

  const contactLabels: Readonly<Record<SlipContactKind, UiKey>> = { phone: 'slipPhone', place: 'slipPlace', hours: 'slipHours' };
  const { secretariat } = config.contacts;
  const lines: SlipContactLine[] = (['phone', 'place', 'hours'] as const).flatMap((kind) => {
    const value = secretariat[kind]?.trim() ?? '';
    return value === '' ? [] : [{ kind, label: ui(contactLabels[kind]), value }];
  });

  const email = secretariatEmail(config);
  const qrCodes: SlipQrCode[] = [
    { kind: 'educonnect', caption: ui('slipQrEduconnect'), target: config.addresses.educonnect, display: readableAddress(config.addresses.educonnect) },
    { kind: 'ent', caption: ui('slipQrEnt'), target: config.addresses.entLogin, display: values.entAddress },
  ];
  if (email !== undefined) {
    qrCodes.push({ kind: 'mail', caption: ui('slipQrMail'), target: secretariatMailto(email, input.frenchTexts, values), display: email });
  }

  return {
    language: input.texts.meta.language,
    direction: input.texts.meta.direction,
    title: ui('slipTitle'),
    school: { name: config.school.name, city: config.school.city },
    date: { parts: fillText(input.texts.ui.slipDate ?? input.frenchTexts.ui.slipDate ?? '{date}', { date: input.formatDate(input.texts.meta.language) }) },
    routesHeading: ui('slipRoute'),
    routes,
    ...(routes.length === 0 ? {} : { identifierLine: text.withFrench((source) => source.ui.slipIdentifier) }),
    nextStepsHeading: ui('recapNextSteps'),
    nextSteps,
    contactsHeading: ui('recapContacts'),
    secretariat: {
      label: ui('slipSecretariat'),
      name: config.contacts.secretariat.name,
      ...(email === undefined ? {} : { email }),
      lines,
    },
    referent: {
      label: ui('slipReferent'),
      recipient: config.contacts.referent.entMessagingRecipient,
      directoryName: config.contacts.referent.directoryName,
    },
    qrCodes,
    privacyNote: ui('slipNoPersonalData'),
    missingConfiguration: email === undefined ? ['contacts.secretariat.email'] : [],
  };
}

import * as v from 'valibot';
import { kioskModes } from '../bridge/app-info.ts';
import { slipFormats } from '../slip/slip-format.ts';
import { isValidHostPattern } from '../navigation-policy.ts';
import { isPinHash } from '../staff/pin-hash-format.ts';
import { defaultMaxVisitSeconds, type SecondsRange, visitorTimeoutRanges } from '../visitor/visitor-timeouts.ts';

/** An `https:` address, written in full. */
const httpsUrl = v.pipe(
  v.string(),
  v.url('une adresse web complète (https://…)'),
  v.startsWith('https://', 'une adresse qui commence par https://'),
);

/** A non-empty line of text meant for people. */
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'un texte non vide'));

/**
 * An optional line of text for people: absent, or empty (a school may keep the field in its file
 * without a value), means not set — the kiosk then shows nothing in its place.
 */
const optionalText = v.optional(
  v.pipe(
    v.string('un texte (ou "" pour ne rien afficher)'),
    v.trim(),
    v.transform((value) => (value === '' ? undefined : value)),
  ),
);

/** Digits, spaces, dots and dashes, with a + only at the start: 6 to 15 digits in all. */
const phonePattern = /^\+?[0-9](?:[ .-]?[0-9]){5,14}$/;

/** An optional telephone number as people dial it (`04 78 52 15 21`, `+262 262 12 34 56`); empty means not set. */
const optionalPhone = v.optional(
  v.pipe(
    v.string('un numéro de téléphone (ou "" pour ne rien afficher)'),
    v.trim(),
    v.check(
      (value) => value === '' || phonePattern.test(value),
      'un numéro de téléphone : 6 à 15 chiffres, séparés au besoin par des espaces, des points ou des tirets, avec + au début pour un indicatif (exemple 04 78 52 15 21)',
    ),
    v.transform((value) => (value === '' ? undefined : value)),
  ),
);

/** An exact host (`educonnect.education.gouv.fr`) or a suffix rule (`*.index-education.net`). */
const hostPattern = v.pipe(
  v.string(),
  v.check(isValidHostPattern, 'un nom d’hôte en minuscules (exemple.fr) ou une règle *.exemple.fr'),
);

/** A whole number of seconds within a timeout's range. */
function seconds({ min, max }: SecondsRange) {
  return v.pipe(
    v.number(),
    v.integer('un nombre entier de secondes'),
    v.minValue(min, `au moins ${String(min)} secondes`),
    v.maxValue(max, `au plus ${String(max)} secondes`),
  );
}

/**
 * Where the kiosk's screen stands: `standing` (a desk or a wall screen, every part within reach)
 * or `floor-portrait` (a floor-standing portrait kiosk, whose top is out of reach of a seated
 * visitor or a child: the guide then lays every control in the lower part of the screen unless
 * the visitor asks otherwise).
 */
export const kioskReaches = ['standing', 'floor-portrait'] as const;

/** A kiosk's reach setting. */
export type KioskReach = (typeof kioskReaches)[number];

/** Schema of a school's configuration file (`resources/school/*.json`). */
export const schoolConfigSchema = v.strictObject({
  school: v.strictObject({
    name: text,
    city: text,
    uai: v.pipe(v.string(), v.regex(/^\d{7}[A-Z]$/, 'un code UAI (7 chiffres et une lettre majuscule)')),
  }),
  contacts: v.strictObject({
    secretariat: v.strictObject({
      name: text,
      email: v.pipe(v.string(), v.email('une adresse e-mail valide')),
      /** The telephone number parents may call; shown on the contact screens and the slip when set. */
      phone: optionalPhone,
      /** Where the office is (« Bâtiment A, rez-de-chaussée »), for parents who come in person. */
      place: optionalText,
      /** When it is open (« du lundi au vendredi, de 8 h à 12 h »), in the school's own words. */
      hours: optionalText,
    }),
    referent: v.strictObject({
      name: text,
      /** Who to write to through the ENT messaging ("Correspondant ENT"). */
      entMessagingRecipient: text,
      /** The name shown for that recipient in the ENT directory. */
      directoryName: text,
    }),
  }),
  addresses: v.strictObject({
    educonnect: httpsUrl,
    educonnectLogout: httpsUrl,
    entLogin: httpsUrl,
    pronote: httpsUrl,
    assistance: httpsUrl,
    pronoteApp: httpsUrl,
  }),
  allowedHosts: v.pipe(v.array(hostPattern), v.minLength(1, 'au moins un hôte autorisé')),
  timeouts: v.strictObject({
    idleSeconds: seconds(visitorTimeoutRanges.idleSeconds),
    portalIdleSeconds: seconds(visitorTimeoutRanges.portalIdleSeconds),
    recapIdleSeconds: seconds(visitorTimeoutRanges.recapIdleSeconds),
    countdownSeconds: seconds(visitorTimeoutRanges.countdownSeconds),
    /**
     * The longest a visit with the portal open may last, whatever the activity (20 minutes unless
     * set): the shell then shows a final countdown and ends the visit itself.
     */
    maxVisitSeconds: v.optional(seconds(visitorTimeoutRanges.maxVisitSeconds), defaultMaxVisitSeconds),
  }),
  /**
   * The time of day (local, `HH:MM`) at which the kiosk restarts itself between visitors, to give
   * back everything a long run accumulates; `null` turns it off. 03:30 unless set.
   */
  dailyRestartAt: v.optional(
    v.nullable(v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'une heure HH:MM (exemple 03:30), ou null'))),
    '03:30',
  ),
  mode: v.picklist(kioskModes, 'public, staff ou demonstration'),
  /** Where the screen stands (`standing` unless set): a `floor-portrait` kiosk starts every visit with every control within reach. */
  reach: v.optional(v.picklist(kioskReaches, 'standing (borne à hauteur de bureau) ou floor-portrait (borne sur pied, en portrait)'), 'standing'),
  statistics: v.boolean('true ou false'),
  /** The slip printer: its system name (as the staff screen lists it) and the paper it holds. Without it, slips are shown on screen to photograph. */
  printer: v.optional(v.strictObject({ name: text, format: v.picklist(slipFormats, 'roll (rouleau 80 mm) ou a4') })),
  /** The staff PIN's salted hash (`scrypt$N$r$p$sel$empreinte`), made by `electron/main/staff/hash-pin-cli.ts`. Without it, staff mode cannot be entered. */
  staffPinHash: v.optional(
    v.pipe(v.string(), v.check(isPinHash, 'une empreinte produite par hash-pin-cli (scrypt$32768$8$1$…$…)')),
  ),
  /** The folder the staff screen exports the statistics CSV into (a USB key, a network share). */
  statisticsExportFolder: v.optional(text),
});

/** A school's configuration, as validated. */
export type SchoolConfig = v.InferOutput<typeof schoolConfigSchema>;

/** One problem found in a configuration file, naming the field and what was expected. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `contacts.secretariat.email`; empty for the whole file. */
  readonly field: string;
  /** What was expected there, in French for the référent. */
  readonly expected: string;
}

/** The outcome of validating a configuration file. */
export type ConfigValidation =
  | { readonly ok: true; readonly config: SchoolConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Validates parsed JSON against the school configuration schema. */
export function validateSchoolConfig(input: unknown): ConfigValidation {
  const result = v.safeParse(schoolConfigSchema, input);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      field: v.getDotPath(issue) ?? '',
      expected: issue.message,
    })),
  };
}

/** Parses and validates the text of a configuration file. */
export function parseSchoolConfig(text: string): ConfigValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ field: '', expected: 'un fichier JSON valide' }] };
  }
  return validateSchoolConfig(json);
}

/**
 * The recap slip as data: what the printed slip and the on-screen preview both show. It is built
 * from the visitor's path of screen ids, the school configuration and the language only — it has
 * no field for anything a visitor typed.
 */
import type { TextPart } from '../guide/placeholders.ts';

/** A text of the slip in the visitor's language, with the French wording next to it where that helps. */
export interface SlipText {
  /** In the visitor's language; configuration values (addresses, e-mails) are separate parts, kept left to right. */
  readonly parts: readonly TextPart[];
  /**
   * The French wording, on route names, outcomes and next steps when the visitor's language is not
   * French: they quote EduConnect's own French labels, which the parent will see on the portal.
   */
  readonly french?: readonly TextPart[];
}

/** How an attempt at a route ended, as the visitor answered on its result screen. */
export type SlipOutcome = 'success' | 'failure';

/** A route the visitor tried, with its outcome when they answered its result question. */
export interface SlipRoute {
  /** The route id of the guide (`sms`, `franceconnect`…). */
  readonly id: string;
  readonly name: SlipText;
  readonly outcome?: SlipOutcome;
  /** "Résultat : compte activé." or "Résultat : pas encore réussi.", with the outcome. */
  readonly outcomeText?: SlipText;
}

/** One "À faire ensuite" item. */
export interface SlipNextStep {
  /** The `recapItems` id. */
  readonly id: string;
  readonly text: SlipText;
}

/** What a QR code of the slip opens. */
export type SlipQrKind = 'educonnect' | 'ent' | 'mail';

/** A QR code of the slip: what it opens, and how the address is written under it. */
export interface SlipQrCode {
  readonly kind: SlipQrKind;
  readonly caption: SlipText;
  /** The exact text encoded (an https address or a `mailto:` address). */
  readonly target: string;
  /** The address as a person reads and types it. */
  readonly display: string;
}

/** What an optional contact line of the secretariat gives. */
export type SlipContactKind = 'phone' | 'place' | 'hours';

/** An optional contact line the school set (telephone, place, opening hours), with its label. */
export interface SlipContactLine {
  readonly kind: SlipContactKind;
  /** "Téléphone", "Lieu", "Horaires", in the visitor's language. */
  readonly label: SlipText;
  /** As the school file writes it. */
  readonly value: string;
}

/** The secretariat contact: checks the school's records (nom, prénom, mobile, e-mail). */
export interface SlipSecretariat {
  readonly label: SlipText;
  readonly name: string;
  /** Absent when the configuration has none (then flagged for staff). */
  readonly email?: string;
  /** The telephone, place and opening hours the school set, in that order; none when it set none. */
  readonly lines: readonly SlipContactLine[];
}

/** The référent numérique, reached through the ENT messaging. */
export interface SlipReferent {
  readonly label: SlipText;
  /** The recipient to choose in the ENT messaging ("Correspondant ENT"). */
  readonly recipient: string;
  /** That recipient's name in the ENT directory. */
  readonly directoryName: string;
}

/** Everything the recap slip shows. */
export interface SlipModel {
  /** The visitor's language (`fr`, `ar`…) and its writing direction. */
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  readonly title: SlipText;
  readonly school: { readonly name: string; readonly city: string };
  /** "Le 3 septembre 2025". */
  readonly date: SlipText;
  readonly routesHeading: SlipText;
  /** The routes tried, in the order first tried; empty when the path entered none. */
  readonly routes: readonly SlipRoute[];
  /**
   * "Identifiant : ________", a blank line for the parent to write the identifiant EduConnect gave
   * them (the slip never prints anything typed); on the slip of a visit that took a route.
   */
  readonly identifierLine?: SlipText;
  readonly nextStepsHeading: SlipText;
  /** The next steps contributed by the screens of the path, without repeats, in path order. */
  readonly nextSteps: readonly SlipNextStep[];
  readonly contactsHeading: SlipText;
  readonly secretariat: SlipSecretariat;
  readonly referent: SlipReferent;
  readonly qrCodes: readonly SlipQrCode[];
  /** "Ce document ne contient aucune information personnelle." */
  readonly privacyNote: SlipText;
  /**
   * Configuration fields the slip needed and did not find (dotted paths such as
   * `contacts.secretariat.email`), for staff. The slip is still complete enough to hand out.
   */
  readonly missingConfiguration: readonly string[];
}

import type { SchoolConfig } from '../config/school-config.ts';
import { placeholderValues, type PlaceholderValues } from '../guide/placeholders.ts';

/**
 * The configuration the slip reads: the school's, except that the secretariat e-mail may be
 * missing (a later schema may make it optional) — the slip is then still built, without the
 * e-mail QR code, and the missing field is flagged for staff.
 */
export type SlipConfig = Omit<SchoolConfig, 'contacts'> & {
  readonly contacts: {
    readonly secretariat: Omit<SchoolConfig['contacts']['secretariat'], 'email'> & { readonly email?: string | undefined };
    readonly referent: SchoolConfig['contacts']['referent'];
  };
};

/** The secretariat e-mail, or undefined when the configuration has none (absent or blank). */
export function secretariatEmail(config: SlipConfig): string | undefined {
  const email = config.contacts.secretariat.email?.trim();
  return email === undefined || email === '' ? undefined : email;
}

/**
 * The placeholder values for the slip's texts. Without a secretariat e-mail, `{secretariatEmail}`
 * is empty: the next steps give it in an optional part (`[[ Adresse : {secretariatEmail}]]`),
 * which is then left out, so no raw placeholder or dangling label reaches a parent.
 */
export function slipPlaceholderValues(config: SlipConfig): PlaceholderValues {
  return placeholderValues({
    ...config,
    contacts: { ...config.contacts, secretariat: { ...config.contacts.secretariat, email: secretariatEmail(config) ?? '' } },
  });
}

import type { Page } from '@playwright/test';
import { previewConfigEndpoint, type PreviewConfigFiles } from '../../common/preview/preview-endpoints.ts';

/** The secretariat's optional contact lines a school may set in its file. */
export interface SecretariatContacts {
  readonly phone?: string;
  readonly place?: string;
  readonly hours?: string;
}

type SchoolFile = { contacts: { secretariat: Record<string, string> }; mode: string } & Record<string, unknown>;

/**
 * Gives the preview, for this page only, the bundled configuration changed by `change`, as a
 * school's override file would (the same schema checks it). Call before the preview loads.
 */
export async function useSchoolFile(page: Page, change: (bundled: SchoolFile) => SchoolFile): Promise<void> {
  await page.route(`**${previewConfigEndpoint}`, async (route) => {
    const response = await route.fetch();
    const files = (await response.json()) as PreviewConfigFiles;
    const override = change(JSON.parse(files.bundled) as SchoolFile);
    const answer: PreviewConfigFiles = { bundled: files.bundled, override: { kind: 'read', text: JSON.stringify(override) } };
    await route.fulfill({ response, json: answer });
  });
}

/** The bundled configuration with the secretariat's optional contact lines set (the bundled file sets none). */
export function useSecretariatContacts(page: Page, contacts: SecretariatContacts): Promise<void> {
  return useSchoolFile(page, (config) => ({ ...config, contacts: { ...config.contacts, secretariat: { ...config.contacts.secretariat, ...contacts } } }));
}

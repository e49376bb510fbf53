import type { Page } from '@playwright/test';
import type { VisitorTimeouts } from '../../common/visitor/visitor-timeouts.ts';
import { previewConfigEndpoint, type PreviewConfigFiles } from '../../common/preview/preview-endpoints.ts';

/**
 * Gives the preview, for this page only, the bundled configuration with other visitor timeouts,
 * as a school's override file would (the same schema checks them: only accepted values work).
 * Call before the preview loads. Nothing in the product changes: the preview's configuration
 * endpoint is answered by the test instead of the server.
 */
export async function useVisitorTimeouts(page: Page, timeouts: Partial<VisitorTimeouts>): Promise<void> {
  await page.route(`**${previewConfigEndpoint}`, async (route) => {
    const response = await route.fetch();
    const files = (await response.json()) as PreviewConfigFiles;
    const config = JSON.parse(files.bundled) as { timeouts: VisitorTimeouts };
    const override = { ...config, timeouts: { ...config.timeouts, ...timeouts } };
    const answer: PreviewConfigFiles = { bundled: files.bundled, override: { kind: 'read', text: JSON.stringify(override) } };
    await route.fulfill({ response, json: answer });
  });
}

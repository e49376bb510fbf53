import { test as base, expect } from '@playwright/test';

/**
 * The e2e test object: every test also fails when the page logs a console error, throws, or has a
 * request fail or answer with an HTTP error.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // Leaving the portal screen while its page still loads cancels that load: not a failure.
        const cancelledInPortal = request.frame() !== page.mainFrame() && request.failure()?.errorText === 'net::ERR_ABORTED';
        if (!cancelledInPortal) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

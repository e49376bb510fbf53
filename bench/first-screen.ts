import { quantile } from './stats.ts';
import type { Benchmark } from './types.ts';

const runs = 15;

/** Time from navigation to the attract screen's heading, in a fresh page each time. */
export const firstScreen: Benchmark = {
  name: 'first screen',
  run: async ({ browser, previewUrl }) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      await page.goto(previewUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return [
      { name: 'navigation → attract screen, p50', value: quantile(times, 0.5), unit: 'ms' },
      { name: 'navigation → attract screen, p95', value: quantile(times, 0.95), unit: 'ms' },
    ];
  },
};

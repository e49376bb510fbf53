import type { Frame, Locator, Page } from '@playwright/test';
import { stepsOf, startStep } from './guide-walk.ts';
import { newKioskPage, tapSequence } from './kiosk-page.ts';
import type { InputRecord, ProbedWindow, TapRecord } from './probe.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** Key tap → character in the portal's field, 95th percentile. */
export const keyLatencyBudgetMs = 50;
/** Taps per second a parent may type at without losing a key. */
export const burstRate = 10;
/** Taps of the sustained burst (10 per second for 5 s). */
export const burstTaps = 50;
/** Taps timed one at a time. */
export const latencyTaps = 40;

/** The on-screen keyboard's letters used, all on its home panel in lower case. */
const letters = [...'azertyuiopqsdfghjklmwxcvbn'];
/** The keyboard (its accessible name in French). */
const keyboardSelector = '[role="group"][aria-label="Clavier"]';

/** Opens the SMS route's portal, goes to "Je n'ai pas de compte" and focuses "Nom"; returns the portal frame. */
async function focusNameField(page: Page): Promise<Frame> {
  await page.goto('/');
  await page.getByRole('button', { name: startStep().label }).waitFor();
  await tapSequence(page, [startStep(), ...stepsOf(['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'])]);
  const portal = page.frameLocator('iframe[data-portal-frame]');
  await portal.getByRole('link', { name: /^Représentant légal/ }).tap();
  await portal.getByRole('link', { name: "Je n'ai pas de compte" }).tap();
  await portal.getByLabel('Nom', { exact: true }).tap();
  await page.locator(keyboardSelector).waitFor();
  const frame = await (await page.locator('iframe[data-portal-frame]').elementHandle())?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('no portal frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** The centre of each letter key, in page coordinates. */
async function keyCentres(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const keyboard: Locator = page.getByRole('group', { name: 'Clavier', exact: true });
  const centres = new Map<string, { x: number; y: number }>();
  for (const letter of letters) {
    const box = await keyboard.getByRole('button', { name: letter, exact: true }).boundingBox();
    if (box === null) throw new Error(`no key ${letter}`);
    centres.set(letter, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return centres;
}

/**
 * Empties "Nom" (set directly, as test setup: not a key) and starts a fresh record of the
 * keyboard's `pointerdown`s in the host page and of `input` events in the portal frame.
 */
async function startRecording(page: Page, frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('#nom');
    if (field === null) throw new Error('no #nom');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, '');
    (window as unknown as ProbedWindow).benchProbe.recordInputs();
  });
  await page.evaluate((selector) => (window as unknown as ProbedWindow).benchProbe.recordTaps(selector), keyboardSelector);
}

async function records(page: Page, frame: Frame): Promise<{ taps: readonly TapRecord[]; inputs: readonly InputRecord[]; value: string }> {
  const taps = await page.evaluate(() => (window as unknown as ProbedWindow).benchProbe.taps());
  const { inputs, value } = await frame.evaluate(() => ({
    inputs: (window as unknown as ProbedWindow).benchProbe.inputs(),
    value: document.querySelector<HTMLInputElement>('#nom')?.value ?? '',
  }));
  return { taps, inputs, value };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Checks that `performance.timeOrigin + performance.now()` agrees between the host page and the
 * portal frame: readings taken alternately must come out in order. Returns the worst disorder (ms).
 */
async function clockDisorder(page: Page, frame: Frame): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    readings.push(await page.evaluate(() => (window as unknown as ProbedWindow).benchProbe.epochNow()));
    readings.push(await frame.evaluate(() => (window as unknown as ProbedWindow).benchProbe.epochNow()));
  }
  return Math.max(0, ...readings.slice(1).map((reading, i) => (readings[i] ?? 0) - reading));
}

/** Taps letter `i` of the cycle by touch (CDP touch events, as a finger). */
async function tapLetter(page: Page, centres: ReadonlyMap<string, { x: number; y: number }>, i: number): Promise<void> {
  const centre = centres.get(letters[i % letters.length] ?? '');
  if (centre === undefined) throw new Error('no key centre');
  await page.touchscreen.tap(centre.x, centre.y);
}

function expectedText(taps: number): string {
  return Array.from({ length: taps }, (_, i) => letters[i % letters.length] ?? '').join('');
}

/** Pairs the i-th tap with the i-th input event: latencies to the value change and to the next frame. */
function latencies(taps: readonly TapRecord[], inputs: readonly InputRecord[]): { value: number[]; painted: number[] } {
  const pairs = inputs.slice(0, taps.length).map((input, i) => ({ input, tap: taps[i]?.input ?? Number.NaN }));
  return { value: pairs.map((p) => p.input.at - p.tap), painted: pairs.map((p) => p.input.painted - p.tap) };
}

/**
 * On the SMS route's portal (the demo portal in the preview's frame), "Nom" focused, the
 * on-screen keyboard's letter keys are tapped by touch (CDP touch events, full CPU speed). Times
 * are taken in the pages: the tap is the `pointerdown`'s own time stamp in the host page (when the
 * touch reached the browser), the character is the field's `input` event in the portal frame,
 * both as `performance.timeOrigin + performance.now()` (checked to agree between the two
 * documents). First 40 taps one at a time (after 5 untimed warm-up taps), then 50 taps at 10 per
 * second on a fixed schedule; the field must then hold exactly the 50 letters, in order.
 */
export const keyboardLatency: Benchmark = {
  name: 'keyboard latency',
  run: async (context) => {
    const kiosk = await newKioskPage(context);
    const { page } = kiosk;
    try {
      const frame = await focusNameField(page);
      const centres = await keyCentres(page);
      const disorder = await clockDisorder(page, frame);
      if (disorder > 1) throw new Error(`host and frame clocks disagree by ${disorder.toFixed(2)} ms`);

      await startRecording(page, frame);
      for (let i = 0; i < 5; i += 1) await tapLetter(page, centres, i);
      await frame.waitForFunction(() => (window as unknown as ProbedWindow).benchProbe.inputs().length >= 5);
      await startRecording(page, frame);
      for (let i = 0; i < latencyTaps; i += 1) {
        await tapLetter(page, centres, i);
        await frame.waitForFunction((n) => (window as unknown as ProbedWindow).benchProbe.inputs().length >= n, i + 1);
        await sleep(50);
      }
      const single = await records(page, frame);
      if (single.value !== expectedText(latencyTaps)) throw new Error(`field holds "${single.value}"`);
      const one = latencies(single.taps, single.inputs);

      await startRecording(page, frame);
      const start = performance.now();
      for (let i = 0; i < burstTaps; i += 1) {
        await sleep(start + (i * 1000) / burstRate - performance.now());
        await tapLetter(page, centres, i);
      }
      // Whatever is still on its way arrives within a second; then the field is read.
      await frame
        .waitForFunction((n) => (window as unknown as ProbedWindow).benchProbe.inputs().length >= n, burstTaps, { timeout: 1000 })
        .catch(() => undefined);
      await sleep(200);
      const burst = await records(page, frame);
      const burstLatency = latencies(burst.taps, burst.inputs);
      const first = burst.taps[0]?.input ?? 0;
      const last = burst.taps[burst.taps.length - 1]?.input ?? 0;
      const rate = burst.taps.length > 1 ? ((burst.taps.length - 1) * 1000) / (last - first) : Number.NaN;
      // Exactly the 50 letters in order, or else at least one key lost, doubled or misplaced.
      const intact = burst.value === expectedText(burstTaps);
      const dropped = intact ? 0 : Math.max(1, Math.abs(burstTaps - burst.value.length));
      process.stdout.write(
        `  burst: ${String(burst.taps.length)} taps reached the page at ${rate.toFixed(1)}/s; field holds ${String(burst.value.length)} characters${intact ? ', all in order' : `: "${burst.value}"`}\n`,
      );

      const results: Measurement[] = [
        { name: `key tap → character in field (${String(latencyTaps)} taps), p50`, value: quantile(one.value, 0.5), unit: 'ms' },
        { name: `key tap → character in field (${String(latencyTaps)} taps), p95`, value: quantile(one.value, 0.95), unit: 'ms', budget: keyLatencyBudgetMs },
        { name: 'key tap → next frame after the character, p95', value: quantile(one.painted, 0.95), unit: 'ms' },
        { name: `burst of ${String(burstTaps)} taps: rate reached`, value: rate, unit: 'taps/s' },
        { name: `burst of ${String(burstTaps)} taps: key tap → character, p95`, value: quantile(burstLatency.value, 0.95), unit: 'ms', budget: keyLatencyBudgetMs },
        { name: `burst of ${String(burstTaps)} taps: keys dropped or wrong`, value: dropped, unit: 'keys', budget: 0 },
      ];
      return results;
    } finally {
      await kiosk.close();
    }
  },
};

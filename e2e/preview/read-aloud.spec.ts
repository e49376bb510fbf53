import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { languageNames, supportedLanguages, type SupportedLanguage } from '../../common/guide/languages.ts';
import { expect, test } from '../fixtures.ts';
import { titleOf } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { fakeVoices, finishSpeaking, installFakeSpeech, speechState, spoken } from '../../tooling/pages/fake-speech.ts';
import { GuidePage } from '../../tooling/pages/guide-page.ts';
import { openPinPad, staffAxeViolations } from '../../tooling/pages/staff-page.ts';

const textsOf = (language: SupportedLanguage): GuideTexts =>
  JSON.parse(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8')) as GuideTexts;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The « Écouter » button of the screen on show. */
const listenButton = (page: Page, screen: string) => page.locator(`[data-screen="${screen}"] [data-listen]`);

async function startIn(page: Page, language: SupportedLanguage): Promise<GuidePage> {
  await AttractPage.open(page);
  const texts = textsOf(language);
  if (language !== 'fr') await page.getByRole('button', { name: languageNames[language] }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByRole('button', { name: texts.ui.attractStart ?? '' }).tap();
  const guide = new GuidePage(page, texts);
  await guide.expectScreen('who');
  return guide;
}

test('without a voice on the machine (Debian’s headless Chromium), no « Écouter » is offered, and staff are told', async ({ page }) => {
  const attract = await AttractPage.open(page);
  const voices = await page.evaluate(() => ('speechSynthesis' in window ? speechSynthesis.getVoices().map((voice) => voice.lang) : []));
  expect(voices, 'this test describes a machine without voices').toEqual([]);
  const guide = await attract.startVisit();
  await guide.expectScreen('who');
  await expect(page.locator('[data-listen]')).toHaveCount(0);
  await guide.goTo('who', 'has-account');
  await guide.expectScreen('has-account');
  await expect(page.locator('[data-listen]')).toHaveCount(0);

  await page.goto('/');
  const staff = await (await openPinPad(page)).unlock('2468');
  const voicesItem = staff.healthItem('voices');
  await expect(voicesItem).toContainText('le bouton « Écouter » n’apparaît pas');
  await expect(voicesItem.locator('[data-voices="ar"]')).toContainText('aucune voix');
});

test.describe('with voices on the machine', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeSpeech(page);
  });

  test('« Écouter » reads the screen in French, and the next tap stops it', async ({ page }) => {
    await startIn(page, 'fr');
    const button = listenButton(page, 'who');
    await expect(button).toBeVisible();
    await expect(button).toHaveText('Écouter');
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const said = await spoken(page);
    expect(said.map((utterance) => [utterance.voice, utterance.lang])).toEqual([['Hortense', 'fr-FR']]);
    // The speech is read with ordinary spaces, the narrow no-break ones of the texts included.
    expect(said[0]?.text).toContain(titleOf('who').replace(/\s+/g, ' '));
    expect(said[0]?.text).toContain('Parent d’un élève de seconde, première ou terminale');

    await test.step('a tap anywhere stops it', async () => {
      await page.locator('[data-screen="who"] h1').tap();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      expect((await speechState(page)).speaking).toBe(false);
    });

    await test.step('a second tap on « Écouter » stops it too', async () => {
      await button.tap();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await button.tap();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      expect((await speechState(page)).speaking).toBe(false);
      expect(await spoken(page)).toHaveLength(2);
    });

    await test.step('a reading that ends lets the button go', async () => {
      await button.tap();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await finishSpeaking(page);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
    });
  });

  test('the screens rendered ahead have their « Écouter » laid out but hidden: it cannot be seen, focused or heard', async ({ page }) => {
    await startIn(page, 'fr');
    await expect(page.locator('main[data-rendering-ahead="false"]')).toBeAttached({ timeout: 15_000 });
    const hidden = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('.panel:not(.shown) [data-listen]')];
      return buttons.map((button) => {
        button.focus();
        return { visibility: getComputedStyle(button).visibility, focused: document.activeElement === button };
      });
    });
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((button) => button.visibility === 'hidden' && !button.focused)).toBe(true);
    expect(await spoken(page)).toEqual([]);
  });

  test('in Arabic, the text is read with an Arabic voice and EduConnect’s French labels with a French voice', async ({ page }) => {
    const arabic = textsOf('ar');
    const guide = await startIn(page, 'ar');
    for (const [from, to] of [['who', 'has-account'], ['has-account', 'activation-choice'], ['activation-choice', 'route-sms']] as const) {
      await guide.goTo(from, to);
      await guide.expectScreen(to);
    }
    const button = listenButton(page, 'route-sms');
    await expect(button).toHaveText(arabic.ui.listen ?? '');
    await button.tap();
    const said = await spoken(page);
    expect(said[0]).toMatchObject({ voice: 'Maged', lang: 'ar-SA' });
    expect(said[0]?.text).toContain(arabic.screens['route-sms']?.title ?? '');
    expect(said).toContainEqual({ text: 'Représentant légal', voice: 'Hortense', lang: 'fr-FR' });
    expect(said).toContainEqual({ text: 'Je n’ai pas de compte', voice: 'Hortense', lang: 'fr-FR' });
    expect(said.filter((utterance) => utterance.voice === null)).toEqual([]);
  });

  test('speaking stops on a new screen and at the end of the visit', async ({ page }) => {
    const guide = await startIn(page, 'fr');
    await listenButton(page, 'who').tap();
    await expect(listenButton(page, 'who')).toHaveAttribute('aria-pressed', 'true');
    await guide.goTo('who', 'cpge-not-concerned');
    await guide.expectScreen('cpge-not-concerned');
    expect((await speechState(page)).speaking).toBe(false);
    await expect(listenButton(page, 'cpge-not-concerned')).toHaveAttribute('aria-pressed', 'false');

    await guide.goTo('cpge-not-concerned', 'recap');
    await guide.expectScreen('recap');
    const recapButton = listenButton(page, 'recap');
    await recapButton.tap();
    const recapSaid = (await spoken(page)).at(-1)?.text ?? '';
    expect(recapSaid).toContain('Votre récapitulatif');
    expect(recapSaid).toContain('secrétariat des classes préparatoires');
    expect((await speechState(page)).speaking).toBe(true);
    await page.getByRole('button', { name: 'Terminer', exact: true }).tap();
    await expect(page.getByRole('heading', { name: 'Merci, à bientôt !' })).toBeVisible();
    expect((await speechState(page)).speaking).toBe(false);
  });

  test('a language the machine has no voice for has no « Écouter » (Turkish here), and staff see which', async ({ page }) => {
    await startIn(page, 'tr');
    await expect(page.locator('[data-listen]')).toHaveCount(0);
    await page.goto('/');
    const staff = await (await openPinPad(page)).unlock('2468');
    const voicesItem = staff.healthItem('voices');
    await expect(voicesItem.locator('[data-voices="tr"]')).toContainText('aucune voix');
    await expect(voicesItem.locator('[data-voices="ar"]')).toContainText('Maged (ar-SA)');
    await expect(voicesItem.locator('[data-voices="fr"]')).toContainText('Hortense (fr-FR)');
    expect(await staffAxeViolations(page, axeSource)).toEqual([]);
  });

  for (const language of supportedLanguages) {
    const voiced = fakeVoices.some((voice) => voice.lang.startsWith(language.slice(0, 2)));
    test(`« Écouter » is a 64 px target and axe finds nothing, on a question and the recap, in ${languageNames[language]} (${language})`, async ({ page }) => {
      const guide = await startIn(page, language);
      const check = async (screen: string): Promise<void> => {
        await expect(listenButton(page, screen)).toHaveCount(voiced ? 1 : 0);
        if (voiced) {
          const box = await listenButton(page, screen).boundingBox();
          expect(box?.width ?? 0).toBeGreaterThanOrEqual(64);
          expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
        }
        expect(await axeViolationsOf(page)).toEqual([]);
      };
      await check('who');
      await guide.goTo('who', 'student-not-here');
      await guide.expectScreen('student-not-here');
      await guide.goTo('student-not-here', 'recap');
      await guide.expectScreen('recap');
      await check('recap');
      if (voiced) {
        await listenButton(page, 'recap').tap();
        await expect(listenButton(page, 'recap')).toHaveAttribute('aria-pressed', 'true');
        expect(await axeViolationsOf(page)).toEqual([]);
      }
    });
  }
});

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2 A/AA, 2.1 and 2.2 AA violations on the kiosk's page (the portal frame left out). */
async function axeViolationsOf(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run({ exclude: [['iframe[data-portal-frame]']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, wcagTags);
}

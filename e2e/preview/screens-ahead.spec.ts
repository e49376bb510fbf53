import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { fillPlain } from '../../common/guide/placeholders.ts';
import { expect, test } from '../fixtures.ts';
import { frenchTexts, titleOf, values } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';

const english = JSON.parse(readFileSync(new URL('../../resources/guide/texts/en.json', import.meta.url), 'utf8')) as GuideTexts;

/** Waits until the guide has rendered the screens one tap away (it does so in idle moments). */
async function renderedAhead(page: Page): Promise<void> {
  await expect(page.locator('main[data-rendering-ahead="false"]')).toHaveCount(1);
}

/** The text of every guide heading in the DOM, shown or rendered ahead (runs of spaces as one, the texts' narrow no-break spaces kept). */
async function allHeadings(page: Page): Promise<string[]> {
  return page.locator('main h1').evaluateAll((headings) => headings.map((h) => (h.textContent ?? '').replace(/[^\S\u202F]+/g, ' ').trim()));
}

/** The answers of a screen, as their buttons read. */
function answerLabels(screen: string, texts: GuideTexts = frenchTexts): string[] {
  return Object.values(texts.screens[screen]?.answers ?? {}).map((text) => fillPlain(text, values));
}

test('the screens one tap away are rendered ahead, and cannot be seen, touched, focused or read', async ({ page }) => {
  const guide = await (await AttractPage.open(page)).startVisit();
  await guide.expectScreen('who');
  await renderedAhead(page);

  await test.step('the three answers of the first question are rendered, hidden', async () => {
    expect((await allHeadings(page)).sort()).toEqual([titleOf('who'), titleOf('has-account'), titleOf('cpge-not-concerned'), titleOf('student-not-here')].sort());
    await expect(page.locator('[data-screen]')).toHaveCount(1);
  });

  await test.step('assistive technology reads only the screen shown', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('who'));
    const buttons = await page.getByRole('main').getByRole('button').allTextContents();
    expect(buttons.map((text) => text.replace(/[^\S\u202F]+/g, ' ').trim()).sort()).toEqual(answerLabels('who').sort());
  });

  await test.step('a finger on a hidden button reaches the screen shown, and a hidden button takes no focus', async () => {
    const hiddenButtons = await page.evaluate(() => {
      const shown = document.querySelector('[data-screen]');
      return [...document.querySelectorAll('main button')]
        .filter((button) => shown !== null && !shown.contains(button))
        .map((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          (button as HTMLElement).focus();
          const touched = hit === null || (shown?.contains(hit) ?? false) ? 'the screen shown' : hit.closest('main') === null ? 'the frame' : 'a hidden screen';
          return { touched, focused: document.activeElement === button };
        });
    });
    expect(hiddenButtons.length).toBeGreaterThan(0);
    expect(hiddenButtons.filter((button) => button.touched === 'a hidden screen' || button.focused)).toEqual([]);
  });
});

test('a tap shows the screen rendered ahead, and "Retour" shows the previous one as it was left', async ({ page }) => {
  const guide = await (await AttractPage.open(page)).startVisit();
  await renderedAhead(page);
  // Mark the heading rendered ahead; the same element must be the one shown after the tap.
  await page.evaluate((title) => {
    const heading = [...document.querySelectorAll('main h1')].find((h) => (h.textContent ?? '').replace(/[^\S\u202F]+/g, ' ').trim() === title);
    heading?.setAttribute('data-test-rendered-ahead', '');
  }, titleOf('has-account'));
  await page.locator('[data-screen="who"] h1').evaluate((heading) => heading.setAttribute('data-test-first-question', ''));

  await guide.goTo('who', 'has-account');
  await guide.expectScreen('has-account');
  await expect(page.locator('[data-screen="has-account"] h1[data-test-rendered-ahead]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await renderedAhead(page);
  await guide.back.tap();
  await guide.expectScreen('who');
  await expect(page.locator('[data-screen="who"] h1[data-test-first-question]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('another language shows the screen in that language at once, and every screen rendered ahead follows', async ({ page }) => {
  const guide = await (await AttractPage.open(page)).startVisit();
  await guide.goTo('who', 'has-account');
  await renderedAhead(page);
  await page.getByRole('button', { name: frenchTexts.ui.languageChoice ?? '', exact: true }).tap();
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('[data-screen="has-account"] h1')).toHaveText(titleOf('has-account', english));
  await renderedAhead(page);
  expect((await allHeadings(page)).sort()).toEqual(
    ['has-account', 'ent-access', 'forgot-which', 'activation-choice', 'who'].map((id) => titleOf(id, english)).sort(),
  );
  const buttons = await page.getByRole('main').getByRole('button').allTextContents();
  expect(buttons.map((text) => text.replace(/[^\S\u202F]+/g, ' ').trim()).sort()).toEqual(answerLabels('has-account', english).sort());
});

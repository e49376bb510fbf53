import { expect, type Locator, type Page } from '@playwright/test';
import { AttractPage } from './attract-page.ts';

/** How long the gesture holds the school's name: a little more than the 3 seconds required. */
const holdMs = 3_300;

/**
 * Presses and holds a point with a real touch (Chrome DevTools Protocol), as a finger on the kiosk
 * would: touch start, nothing for `ms`, touch end.
 */
export async function longTouch(page: Page, target: Locator, ms: number = holdMs): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('the element to press is not visible');
  const point = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  // The gesture is a hold: waiting is the point of it.
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The staff PIN pad: shuffled digit keys, dots, the answer to the last PIN. */
export class PinPadPage {
  readonly dialog: Locator;
  readonly message: Locator;
  readonly dots: Locator;
  readonly validate: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Mode personnel' });
    this.message = this.dialog.getByRole('status');
    this.dots = this.dialog.getByRole('img');
    this.validate = this.dialog.getByRole('button', { name: 'Valider', exact: true });
    this.cancel = this.dialog.getByRole('button', { name: 'Annuler', exact: true });
  }

  /** The key of one digit. */
  key(digit: string): Locator {
    return this.dialog.getByRole('button', { name: digit, exact: true });
  }

  /** The digits in the order of the keys on screen. */
  async keyOrder(): Promise<string[]> {
    const labels = await this.dialog.getByRole('button').allTextContents();
    return labels.map((label) => label.trim()).filter((label) => /^\d$/.test(label));
  }

  /** Taps the digits of `pin`, then "Valider", and waits for the check to finish. */
  async enter(pin: string): Promise<void> {
    for (const digit of pin) await this.key(digit).tap();
    await expect(this.dots).toHaveAccessibleName(`${String(pin.length)} chiffres saisis`);
    await this.validate.tap();
  }

  /** Enters the right PIN; returns the staff screen. */
  async unlock(pin: string): Promise<StaffScreenPage> {
    await this.enter(pin);
    const screen = new StaffScreenPage(this.page);
    await expect(screen.heading).toBeVisible({ timeout: 20_000 });
    return screen;
  }
}

/** The staff screen: health, statistics, actions. */
export class StaffScreenPage {
  readonly dialog: Locator;
  readonly heading: Locator;
  readonly leave: Locator;
  readonly message: Locator;
  readonly health: Locator;
  readonly statistics: Locator;
  readonly actions: Locator;
  readonly selfTest: Locator;
  readonly runSelfTest: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Mode personnel' });
    this.heading = this.dialog.getByRole('heading', { level: 1, name: 'Mode personnel' });
    this.leave = this.dialog.getByRole('button', { name: 'Quitter le mode personnel' });
    this.message = this.dialog.locator('p.message[role="status"]');
    this.health = this.dialog.getByRole('region', { name: 'État de la borne' });
    this.statistics = this.dialog.getByRole('region', { name: 'Statistiques anonymes' });
    this.actions = this.dialog.getByRole('region', { name: 'Actions' });
    this.selfTest = this.dialog.getByRole('region', { name: 'Auto-test' });
    this.runSelfTest = this.actions.getByRole('button', { name: 'Lancer l’auto-test' });
  }

  /** One check of the last self-test report, by id (`host-window`, `fuses`…). */
  selfTestCheck(id: string): Locator {
    return this.selfTest.locator(`[data-check="${id}"]`);
  }

  /** One line of the health list (`portal`, `printers`, `config`, `guide`, `languages`, `version`, `mode`). */
  healthItem(name: string): Locator {
    return this.health.locator(`[data-health="${name}"]`);
  }

  /** One counter of the statistics (`visits-started`, `visits-completed`, `outcome-yes`…). */
  counter(name: string): Locator {
    return this.statistics.locator(`[data-counter="${name}"]`);
  }

  /** A mode button ("Démonstration (réunion de parents)"…). */
  mode(label: string): Locator {
    return this.actions.getByRole('group', { name: 'Mode de la borne' }).getByRole('button', { name: label });
  }
}

/** The way in: the hidden gesture on the attract screen's school name, then the PIN pad. */
export async function openPinPad(page: Page): Promise<PinPadPage> {
  const attract = new AttractPage(page);
  await expect(attract.start).toBeVisible();
  await longTouch(page, attract.schoolName);
  const pad = new PinPadPage(page);
  await expect(pad.dialog).toBeVisible();
  return pad;
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2 A/AA, 2.1 and 2.2 AA violations on the page, once `axeSource` is given. */
export async function staffAxeViolations(page: Page, axeSource: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, wcagTags);
}

/** Every visible control of the staff layer smaller than 64×64 CSS px. */
export async function staffSmallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="dialog"] button')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(({ element, box }) => `${element.textContent?.trim() ?? ''} (${String(Math.round(box.width))}×${String(Math.round(box.height))})`),
  );
}

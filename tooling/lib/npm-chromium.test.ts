// The npm Chromium, really unpacked and launched: the kiosk's Arabic and Chinese must be drawn with
// the npm fonts (not as missing-glyph boxes), or the overflow and accessibility checks run under
// it would measure boxes.
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.ts';
import { unpackNpmChromium } from './npm-chromium.ts';

const shipped = process.platform === 'linux' && process.arch === 'x64';

describe.skipIf(!shipped)('the npm Chromium with the npm fonts', () => {
  let browser: Browser;
  beforeAll(async () => {
    const npm = await unpackNpmChromium();
    if (npm === undefined) throw new Error('@sparticuz/chromium or a font package is not installed');
    browser = await chromium.launch(chromiumLaunchOptions({ ...npm, source: 'npm' }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws Latin, Arabic and Chinese with Noto Sans, Noto Sans Arabic and Noto Sans S Chinese', async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<p id="text" style="font: 40px system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif">Bonjour مرحبا 欢迎</p>`,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#text' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((font) => font.postScriptName).sort()).toEqual(['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansHans-Regular']);
    await page.close();
  });

  it('gives Arabic letters their own widths and Chinese characters a full em, unlike missing glyphs', async () => {
    const page = await browser.newPage();
    const widths = await page.evaluate(`(() => {
      const context = document.createElement('canvas').getContext('2d');
      context.font = '40px sans-serif';
      const width = (text) => context.measureText(text).width;
      return { alef: width('ا'), meem: width('م'), han: width('欢迎光临'), missing: width('\\u{10FFFD}') };
    })()`);
    const { alef, meem, han, missing } = widths as Record<'alef' | 'meem' | 'han' | 'missing', number>;
    expect(alef).not.toBe(meem);
    expect(han).toBe(160);
    expect(alef).not.toBe(missing);
    expect(meem).not.toBe(missing);
    await page.close();
  });
});

// The page scripts run in a real Chromium (the one findChromium finds) against the demo portal as
// the preview serves it: what the self-test reads on the kiosk is read the same way here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from '../../../tooling/lib/chromium.ts';
import { startDemoPortalServer, type DemoPortalServer } from '../../../tooling/lib/demo-portal-server.ts';
import type { PageScript } from './page-script.ts';
import { hostScripts, portalScripts, requestPermissions, setLocation } from './page-scripts.ts';

const found = await findChromium();
let browser: Browser;
let server: DemoPortalServer;
let page: Page;

const run = <T>(script: PageScript<T>): Promise<T> => page.evaluate(script.source) as Promise<T>;
const open = async (file: string): Promise<void> => {
  await page.goto(`${server.origin}/${file}`);
};

describe.skipIf(found === undefined)('the page scripts, in Chromium on the demo portal', () => {
  beforeAll(async () => {
    server = await startDemoPortalServer({ hostOrigin: 'http://127.0.0.1:1', agentScript: '' });
    browser = await chromium.launch(chromiumLaunchOptions(found));
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leave the self-test’s mark in every store, and find it again where it survives', async () => {
    const none = { cookie: false, localStorage: false, sessionStorage: false, indexedDB: false, cacheStorage: false };
    await open('state.html');
    expect(await run(portalScripts.findMarks('t1'))).toEqual(none);
    expect(await run(portalScripts.markStores('t1'))).toEqual({ cookie: true, localStorage: true, sessionStorage: true, indexedDB: true, cacheStorage: true });
    await open('connexion.html');
    expect(await run(portalScripts.findMarks('t1'))).toEqual({ cookie: true, localStorage: true, sessionStorage: true, indexedDB: true, cacheStorage: true });
    expect(await run(portalScripts.findMarks('t2'))).toEqual(none);
    // Another tab of the same profile keeps every store but sessionStorage; another profile, none.
    const tab = await page.context().newPage();
    await tab.goto(`${server.origin}/state.html`);
    expect(await tab.evaluate(portalScripts.findMarks('t1').source)).toEqual({ cookie: true, localStorage: true, sessionStorage: false, indexedDB: true, cacheStorage: true });
    await tab.close();
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto(`${server.origin}/state.html`);
    expect(await stranger.evaluate(portalScripts.findMarks('t1').source)).toEqual(none);
    await other.close();
  });

  it('focus a field and compare its value in the page, giving back only its length', async () => {
    await open('activation.html');
    expect(await run(portalScripts.focusField('#mobile'))).toBe(true);
    await page.keyboard.insertText('0612');
    await page.keyboard.press('Backspace');
    expect(await run(portalScripts.readField('#mobile', '061'))).toEqual({ length: 3, matches: true });
    expect(await run(portalScripts.readField('#mobile', '0612'))).toEqual({ length: 3, matches: false });
    expect(await run(portalScripts.focusField('#absent'))).toBe(false);
    expect(await run(portalScripts.readField('#absent', ''))).toEqual({ length: null, matches: false });
    expect(await run(portalScripts.clickFileInput())).toBe(false);
  });

  it('dispatch made-up events, answer a ping, send the page elsewhere, open a frame and a link', async () => {
    await open('connexion.html');
    expect(await run(portalScripts.syntheticActivity())).toBe(4);
    expect(await run(portalScripts.ping())).toBe(1);
    expect(await run(portalScripts.addFrame('state.html'))).toBe(true);
    expect(await run(portalScripts.clickDownloadLink('index.html'))).toBe(true);
    await Promise.all([page.waitForURL(`${server.origin}/state.html`), run(setLocation('state.html'))]);
    expect(await run(portalScripts.openWindow('about:blank'))).toBe(true);
  });

  it('ask for every permission and report each answer without granting one', async () => {
    await open('connexion.html');
    const answers = await run(requestPermissions());
    expect(Object.keys(answers).sort()).toEqual(['camera', 'clipboardRead', 'geolocation', 'microphone', 'notifications']);
    for (const answer of Object.values(answers)) expect(answer).toMatch(/^(denied:|no-answer$)/);
  });

  it('read the host page: the attract screen, the countdown, the marker, the bridge', async () => {
    await page.setContent('<main class="attract"><button type="button">Commencer</button></main>');
    await page.evaluate(() => {
      document.querySelector('button')?.addEventListener('click', () => (document.body.dataset.started = '1'));
      (window as unknown as { kiosk: Record<string, unknown> }).kiosk = {
        getConfig: async () => ({ ok: true, value: { source: 'bundled' } }),
        endVisit: async () => ({ ok: false, error: { code: 'forbidden-sender', message: 'Forbidden sender' } }),
        on: () => () => undefined,
      };
    });
    expect(await run(hostScripts.screen())).toEqual({ attract: true, countdown: false, ready: true });
    expect(await run(hostScripts.globals())).toMatchObject({ require: 'undefined', process: 'undefined', methods: ['getConfig', 'endVisit', 'on'] });
    expect(await run(hostScripts.setMarker('m-1'))).toBe(true);
    expect(await run(hostScripts.readMarker())).toBe('m-1');
    expect(await run(hostScripts.callBridge('getConfig'))).toEqual({ ok: true, value: { source: 'bundled' } });
    expect(await run(hostScripts.callEveryMethod(['getConfig', 'endVisit', 'quitKiosk']))).toEqual({ getConfig: 'ok', endVisit: 'forbidden-sender', quitKiosk: 'threw:TypeError' });
    expect(await run(hostScripts.startVisit())).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.started)).toBe('1');
    await page.setContent('<h1 id="idle-title">Êtes-vous encore là ?</h1>');
    expect(await run(hostScripts.screen())).toMatchObject({ attract: false, countdown: true });
    expect(await run(hostScripts.startVisit())).toBe(false);
  });
});

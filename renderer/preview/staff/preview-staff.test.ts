import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../common/bridge/app-info.ts';
import { chooseConfig, type ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import type { GuideGraph, GuideTexts } from '../../../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../../../common/guide/language-fallback.ts';
import { chooseGuide } from '../../../common/guide/load-guide.ts';
import { createPreviewStaff, previewQuitMessage } from './preview-staff.ts';
import { selfTestVisitMessage } from '../../../common/self-test/self-test-messages.ts';
import { selfTestCatalog } from '../../../common/self-test/self-test-catalog.ts';
import { previewSelfTestMessage, previewSelfTestReason } from './preview-self-test.ts';

const resource = (file: string) => readFileSync(new URL(`../../../resources/${file}`, import.meta.url), 'utf8');
const graph = JSON.parse(resource('guide/guide.json')) as GuideGraph;
const french = JSON.parse(resource('guide/texts/fr.json')) as GuideTexts;

function setup(options: { attract?: boolean } = {}) {
  let config: ConfigSnapshot = chooseConfig(resource('school/lycee-du-parc.json'), { kind: 'none' });
  const emitted: { event: string; payload: unknown }[] = [];
  const reloads: string[] = [];
  const staff = createPreviewStaff({
    config: async () => config,
    replaceConfig: (snapshot) => {
      config = snapshot;
    },
    reloadConfig: async () => config,
    appInfo: async (): Promise<AppInfo> => ({ productName: 'Borne EduConnect', version: '0.1.0', shell: 'preview', mode: config.config.mode, kiosk: false }),
    guide: async () => chooseGuide({ kind: 'unreadable' }, { graph, texts: french }),
    languageTexts: async (language) => languageTextsFrom(resource(`guide/texts/${language}.json`), language, graph, french),
    emit: (event, payload) => emitted.push({ event, payload }),
    reloadPage: () => reloads.push('reload'),
    today: () => '2025-09-02',
    verify: async (pin, stored) => pin === '2468' && stored.startsWith('scrypt$'),
    demoOrigin: async () => 'http://127.0.0.1:41234',
    onAttractScreen: () => options.attract ?? true,
    wallClock: () => new Date('2025-09-02T08:00:00Z'),
  });
  return { staff, emitted, reloads, config: () => config };
}

describe('staff mode in the preview', () => {
  it('checks the PIN against the configuration’s hash and locks like the kiosk', async () => {
    const { staff } = setup();
    await expect(staff.handlers.staffUnlock({ pin: '1111' })).resolves.toEqual({ outcome: 'rejected', attemptsLeft: 4 });
    await expect(staff.handlers.staffUnlock({ pin: '2468' })).resolves.toEqual({ outcome: 'accepted' });
    expect(staff.gate.isOpen()).toBe(true);
  });

  it('keeps the statistics in memory and drops names the guide does not know', async () => {
    const { staff } = setup();
    staff.handlers.recordStatistic({ kind: 'visit-started' });
    staff.handlers.recordStatistic({ kind: 'route-taken', route: 'sms' });
    staff.handlers.recordStatistic({ kind: 'route-taken', route: 'Durand' });
    staff.recordPortalEvent({ type: 'blocked', host: 'accounts.google.com' });
    await staff.handlers.staffUnlock({ pin: '2468' });
    const statistics = await staff.handlers.getStatistics(undefined);
    expect(statistics.last7Days.totals).toMatchObject({ visitsStarted: 1, routes: { sms: 1 }, blockedHosts: { 'accounts.google.com': 1 } });
  });

  it('shows the demo portal as the portal, and the languages not yet reviewed', async () => {
    const { staff } = setup();
    await staff.handlers.staffUnlock({ pin: '2468' });
    const health = await staff.handlers.getStaffHealth(undefined);
    expect(health.portal).toMatchObject({ reachable: true, address: 'http://127.0.0.1:41234' });
    expect(health.shell).toBe('preview');
    expect(health.languages.filter((l) => !l.reviewed).map((l) => l.language)).toEqual(['en', 'ar', 'tr', 'pt', 'es', 'ru', 'zh-Hans', 'ro', 'sq']);
  });

  it('switches the mode and tells the renderer; cannot quit; restarts by reloading the page', async () => {
    const { staff, emitted, config } = setup();
    await staff.handlers.staffUnlock({ pin: '2468' });
    await staff.handlers.staffSetMode({ mode: 'demonstration' });
    expect(config().config.mode).toBe('demonstration');
    expect(emitted.map((e) => e.event)).toEqual(['configChanged', 'appInfoChanged']);
    expect(staff.handlers.quitKiosk(undefined)).toEqual({ ok: false, message: previewQuitMessage });
    expect(await staff.handlers.exportStatistics(undefined)).toMatchObject({ ok: false });
  });

  it('gives a self-test report with every check not verified, since the preview has no Electron', async () => {
    const { staff } = setup();
    await staff.handlers.staffUnlock({ pin: '2468' });
    expect(await staff.handlers.getSelfTestReport(undefined)).toBeNull();
    expect(await staff.handlers.runSelfTest(undefined)).toEqual({ ok: true, message: previewSelfTestMessage });
    const report = await staff.handlers.getSelfTestReport(undefined);
    expect(report).toMatchObject({ version: '0.1.0', platform: 'browser', electronVersion: null, startedAt: '2025-09-02T08:00:00.000Z' });
    expect(report?.summary).toEqual({ passed: 0, failed: 0, skipped: selfTestCatalog.length });
    expect(new Set(report?.checks.map((check) => `${check.verdict}: ${check.reason}`))).toEqual(new Set([`skipped: ${previewSelfTestReason}`]));
  });

  it('refuses the self-test during a visit, and without the staff session', async () => {
    const { staff } = setup({ attract: false });
    expect(() => staff.handlers.runSelfTest(undefined)).toThrow('Le mode personnel est fermé');
    await staff.handlers.staffUnlock({ pin: '2468' });
    expect(await staff.handlers.runSelfTest(undefined)).toEqual({ ok: false, message: selfTestVisitMessage });
  });
});

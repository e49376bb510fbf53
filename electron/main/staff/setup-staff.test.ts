import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../common/bridge/app-info.ts';
import type { KioskEventName } from '../../../common/bridge/contract.ts';
import { chooseConfig, type ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import type { GuideGraph, GuideTexts } from '../../../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../../../common/guide/language-fallback.ts';
import { chooseGuide } from '../../../common/guide/load-guide.ts';
import { staffIdleCloseMs } from '../../../common/staff/staff-session.ts';
import { withKioskMode } from '../../../common/staff/staff-config.ts';
import { createLogger } from '../log.ts';
import { MemoryFs } from '../statistics/test-support/memory-fs.ts';
import { selfTestUnavailableMessage, setupStaff, type MainStaffDeps } from './setup-staff.ts';
import { createSelfTestService } from '../self-test/self-test-service.ts';
import { selfTestStartedMessage, selfTestVisitMessage } from '../../../common/self-test/self-test-messages.ts';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import type { ProbeFetch } from './portal-probe.ts';

const resource = (file: string) => readFileSync(new URL(`../../../resources/${file}`, import.meta.url), 'utf8');
const bundledConfig = resource('school/lycee-du-parc.json');
const graph = JSON.parse(resource('guide/guide.json')) as GuideGraph;
const french = JSON.parse(resource('guide/texts/fr.json')) as GuideTexts;

/** Fake timers, clock, file system and Electron; records what is sent to the renderer and logged. */
async function setup(options: { fs?: MemoryFs; config?: ConfigSnapshot; fetch?: ProbeFetch; selfTest?: MainStaffDeps['selfTest'] } = {}) {
  let now = 0;
  const timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
  const fs = options.fs ?? new MemoryFs();
  const sent: { event: KioskEventName; payload: unknown }[] = [];
  const lines: string[] = [];
  const actions: string[] = [];
  let config = options.config ?? chooseConfig(bundledConfig, { kind: 'none' });
  const appInfo = (): AppInfo => ({ productName: 'Borne EduConnect', version: '0.1.0', shell: 'electron', mode: config.config.mode, kiosk: true });
  const deps: MainStaffDeps = {
    log: createLogger((line) => lines.push(line)),
    userData: '/data',
    config: () => config,
    guide: () => chooseGuide({ kind: 'unreadable' }, { graph, texts: french }),
    languageTexts: async (language) => languageTextsFrom(resource(`guide/texts/${language}.json`), language, graph, french),
    appInfo,
    setMode: (mode) => {
      config = withKioskMode(config, mode);
    },
    reloadConfig: async () => {
      config = chooseConfig(bundledConfig, { kind: 'read', text: '{ broken' });
      return config;
    },
    send: (event, payload) => sent.push({ event, payload }),
    fetch: options.fetch ?? (async () => ({ status: 200 })),
    restart: () => actions.push('restart'),
    quit: () => actions.push('quit'),
    now: () => now,
    today: () => '2025-09-02',
    schedule: (callback, ms) => {
      const timer = { at: now + ms, callback, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    afterAnswer: (action) => {
      actions.push('answer sent');
      action();
    },
    verify: async (pin) => pin === '2468',
    statisticsFs: fs,
    ...(options.selfTest === undefined ? {} : { selfTest: options.selfTest }),
  };
  const staff = await setupStaff(deps);
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true;
      timer.callback();
    }
  };
  const unlock = () => staff.handlers.staffUnlock({ pin: '2468' });
  return { staff, fs, sent, lines, actions, advance, unlock, config: () => config };
}

describe('setupStaff', () => {
  it('refuses the staff methods until the right PIN, and the right PIN is checked against the configured hash', async () => {
    const { staff, unlock } = await setup();
    expect(() => staff.handlers.getStatistics(undefined)).toThrow('Le mode personnel est fermé');
    await expect(staff.handlers.staffUnlock({ pin: '1357' })).resolves.toEqual({ outcome: 'rejected', attemptsLeft: 4 });
    await expect(unlock()).resolves.toEqual({ outcome: 'accepted' });
    expect(staff.gate.isOpen()).toBe(true);
  });

  it('counts the visitor’s events and blocked hosts, saves them under userData/statistics, and shows them for 7 and 30 days', async () => {
    const { staff, fs, unlock } = await setup();
    staff.handlers.recordStatistic({ kind: 'visit-started' });
    staff.handlers.recordStatistic({ kind: 'language-chosen', language: 'ar' });
    staff.recordPortalEvent({ type: 'blocked', host: 'accounts.google.com' });
    await staff.recorder.record({ kind: 'visit-completed' });
    await unlock();
    const statistics = await staff.handlers.getStatistics(undefined);
    expect(statistics.enabled).toBe(true);
    expect(statistics.last7Days.days).toHaveLength(7);
    expect(statistics.last30Days.days).toHaveLength(30);
    expect(statistics.last7Days.totals).toMatchObject({
      visitsStarted: 1,
      visitsCompleted: 1,
      languages: { ar: 1 },
      blockedHosts: { 'accounts.google.com': 1 },
    });
    expect(JSON.parse(fs.files.get('/data/statistics/statistics.json') ?? '{}')).toEqual(staff.recorder.current());
  });

  it('reports the health: portal, printers, configuration, guide, languages, version and mode', async () => {
    const { staff, unlock } = await setup({ fetch: async () => ({ status: 503 }) });
    await unlock();
    const health = await staff.handlers.getStaffHealth(undefined);
    expect(health.portal).toEqual({ reachable: false, address: 'https://educonnect.education.gouv.fr/', detail: 'répond avec une erreur (HTTP 503)' });
    expect(health.printers).toEqual({ available: [], chosen: undefined });
    expect(health.config).toEqual({ source: 'bundled', problems: [], pinConfigured: true, exportFolder: undefined });
    expect(health.guide.source).toBe('bundled');
    expect(health.languages).toHaveLength(10);
    expect(health.languages.find((l) => l.language === 'en')).toMatchObject({ reviewed: false, gaps: 0 });
    expect(health).toMatchObject({ version: '0.1.0', shell: 'electron', mode: 'public', warnings: [] });
  });

  it('warns staff when the statistics file was corrupt and set aside', async () => {
    const fs = new MemoryFs();
    await fs.mkdir('/data/statistics');
    fs.files.set('/data/statistics/statistics.json', '{"version":1,"days":{"2025-09-0');
    const { staff, unlock } = await setup({ fs });
    await unlock();
    const health = await staff.handlers.getStaffHealth(undefined);
    expect(health.warnings).toEqual([expect.stringContaining('statistics.json.corrupt-2025-09-02')]);
    expect(fs.files.has('/data/statistics/statistics.json.corrupt-2025-09-02')).toBe(true);
  });

  it('switches the mode and tells the renderer, never sending the PIN hash', async () => {
    const { staff, sent, unlock, config } = await setup();
    await unlock();
    await staff.handlers.staffSetMode({ mode: 'demonstration' });
    expect(config().config.mode).toBe('demonstration');
    expect(sent.map((s) => s.event)).toEqual(['configChanged', 'appInfoChanged']);
    expect(sent[1]?.payload).toMatchObject({ mode: 'demonstration' });
    expect(JSON.stringify(sent)).not.toContain('scrypt$');
  });

  it('reloads the configuration and reports what it found', async () => {
    const { staff, sent, unlock } = await setup();
    await unlock();
    await expect(staff.handlers.reloadConfig(undefined)).resolves.toEqual({
      source: 'bundled',
      problems: [{ field: '', expected: 'un fichier JSON valide' }],
    });
    expect(sent.map((s) => s.event)).toEqual(['configChanged', 'appInfoChanged']);
  });

  it('says clearly that no export folder is configured, and exports into one that exists', async () => {
    const { staff, fs, unlock } = await setup();
    await unlock();
    await expect(staff.handlers.exportStatistics(undefined)).resolves.toEqual({ ok: false, message: 'Aucun dossier d’export n’est indiqué dans la configuration.' });
    const withFolder = await setup({ fs, config: chooseConfig(JSON.stringify({ ...JSON.parse(bundledConfig), statisticsExportFolder: '/usb' }), { kind: 'none' }) });
    await withFolder.unlock();
    expect((await withFolder.staff.handlers.exportStatistics(undefined)).message).toContain('introuvable');
    await fs.mkdir('/usb');
    await expect(withFolder.staff.handlers.exportStatistics(undefined)).resolves.toEqual({ ok: true, message: 'Statistiques exportées dans « /usb/statistiques-borne-2025-09-02.csv ».' });
    expect(fs.files.get('/usb/statistiques-borne-2025-09-02.csv')).toMatch(/^\uFEFFjour;compteur;détail;nombre\r\n/);
  });

  it('ends the current visitor through the renderer', async () => {
    const { staff, sent, unlock } = await setup();
    await unlock();
    staff.handlers.staffEndVisit(undefined);
    expect(sent).toEqual([{ event: 'staff', payload: { kind: 'end-visit' } }]);
  });

  it('answers first, then restarts or quits', async () => {
    const { staff, actions, unlock } = await setup();
    await unlock();
    expect(staff.handlers.restartKiosk(undefined)).toEqual({ ok: true, message: 'La borne redémarre…' });
    expect(staff.handlers.quitKiosk(undefined)).toEqual({ ok: true, message: 'La borne se ferme…' });
    expect(actions).toEqual(['answer sent', 'restart', 'answer sent', 'quit']);
  });

  it('closes the session after two minutes without a staff call and tells the renderer', async () => {
    const { staff, sent, lines, advance, unlock } = await setup();
    await unlock();
    advance(staffIdleCloseMs - 1);
    staff.handlers.staffTouch(undefined);
    advance(staffIdleCloseMs - 1);
    expect(sent).toEqual([]);
    advance(1);
    expect(sent).toEqual([{ event: 'staff', payload: { kind: 'session-closed' } }]);
    expect(lines.at(-1)).toContain('staff: session closed (2 minutes without a touch)');
    expect(() => staff.handlers.getStatistics(undefined)).toThrow();
  });

  it('starts the self-test for staff only, from the attract screen only, and shows its last report', async () => {
    const report = { summary: { passed: 3, failed: 0, skipped: 1 } } as unknown as SelfTestReport;
    let attract = false;
    const configs: string[] = [];
    const service = createSelfTestService({
      onAttractScreen: async () => attract,
      useSelfTestConfiguration: () => {
        configs.push('self-test');
        return () => configs.push('restored');
      },
      run: async () => report,
      save: async () => undefined,
      log: createLogger(() => undefined),
    });
    const { staff, unlock } = await setup({ selfTest: service });
    expect(() => staff.handlers.runSelfTest(undefined)).toThrow('Le mode personnel est fermé');
    await unlock();
    expect(await staff.handlers.getSelfTestReport(undefined)).toBeNull();
    await expect(staff.handlers.runSelfTest(undefined)).resolves.toEqual({ ok: false, message: selfTestVisitMessage });
    attract = true;
    await expect(staff.handlers.runSelfTest(undefined)).resolves.toEqual({ ok: true, message: selfTestStartedMessage });
    await service.current();
    expect(configs).toEqual(['self-test', 'restored']);
    expect(await staff.handlers.getSelfTestReport(undefined)).toBe(report);
  });

  it('says the self-test is unavailable when none is wired', async () => {
    const { staff, unlock } = await setup();
    await unlock();
    expect(await staff.handlers.runSelfTest(undefined)).toEqual({ ok: false, message: selfTestUnavailableMessage });
    expect(await staff.handlers.getSelfTestReport(undefined)).toBeNull();
  });
});

/**
 * What the main process writes to disk never holds what a visitor typed.
 *
 * The preview (where the e2e tests run) writes nothing to disk, so the scan the issue asks for is
 * made here, on the main process's real writers: the référent's rotating log, the statistics file
 * and its CSV export, all on a real temporary folder standing for `userData` (and a USB key). A
 * whole visit goes through the real bridge listener (sender check, payload validation, handlers),
 * the real portal host (with a fake web view), the real staff mode (real scrypt against the bundled
 * PIN hash) and the same statistic events the renderer sends. The visitor types « Durand » and
 * « 0612345678 » through `portalType`; they also reach the bridge inside refused payloads, an
 * untrusted sender's call, a refused navigation's address, a statistic the guide does not know and
 * an uncaught exception's message. Then every file under the folders is read back and searched.
 *
 * Not covered here: Chromium's own files (the portal's partitions are in memory by design, see
 * `portal-session-hardening.ts`) and the printed slip (paper).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../common/bridge/app-info.ts';
import { chooseConfig } from '../../../common/config/config-snapshot.ts';
import type { GuideGraph, GuideTexts } from '../../../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../../../common/guide/language-fallback.ts';
import { chooseGuide } from '../../../common/guide/load-guide.ts';
import { appOrigin } from '../../../common/security/app-origin.ts';
import { endVisitTally, enterVisitScreen, idleVisitTally, startVisitTally, type VisitTally } from '../../../common/staff/visit-statistics.ts';
import { createKioskHandlers } from '../bridge-handlers.ts';
import { createBridgeListener } from '../ipc/handle.ts';
import type { IpcSenderLike } from '../ipc/sender-policy.ts';
import { createLogger } from '../log.ts';
import { ElectronPortalHost } from '../portal/electron-portal-host.ts';
import type { PortalView } from '../portal/portal-view.ts';
import { FakePortalSession, FakePortalView, FakePortalWindow } from '../portal/test-support/fake-portal.ts';
import { createReferentLogSink, setupCrashLogging } from '../staff/referent-log.ts';
import { setupStaff } from '../staff/setup-staff.ts';

const resource = (file: string) => readFileSync(new URL(`../../../resources/${file}`, import.meta.url), 'utf8');
const graph = JSON.parse(resource('guide/guide.json')) as GuideGraph;
const french = JSON.parse(resource('guide/texts/fr.json')) as GuideTexts;

/** What the visitor typed, and a wrong PIN someone tried: none may be found on disk. */
const secrets = ['Durand', 'DURAND', 'durand', '0612345678', '06 12 34 56 78', '+33612345678', '13572468'];

const hostId = 3;
const fromHost: IpcSenderLike = { sender: { id: hostId }, senderFrame: { url: 'app://kiosk/index.html', parent: null } };
const fromElsewhere: IpcSenderLike = { sender: { id: 99 }, senderFrame: { url: 'https://evil.example/', parent: null } };

let root: string | undefined;

afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('everything the main process writes to disk during a visit', () => {
  it('contains none of the values the visitor typed in the portal, nor a PIN', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'borne-privacy-'));
    const userData = path.join(root, 'userData');
    const usbKey = path.join(root, 'usb');
    mkdirSync(usbKey);
    const log = createLogger(createReferentLogSink({ userData, echo: () => undefined }));
    const crashes = new EventEmitter();
    setupCrashLogging({ process: crashes as never, app: new EventEmitter() as never }, log);

    const bundled = JSON.parse(resource('school/lycee-du-parc.json')) as Record<string, unknown>;
    const config = chooseConfig(JSON.stringify({ ...bundled, statisticsExportFolder: usbKey }), { kind: 'none' });
    const guide = chooseGuide({ kind: 'unreadable' }, { graph, texts: french });
    const appInfo = (): AppInfo => ({ productName: 'Borne EduConnect', version: '0.1.0', shell: 'electron', mode: config.config.mode, kiosk: true });
    const views: FakePortalView[] = [];
    const sessions = new Map<string, FakePortalSession>();
    const portal = new ElectronPortalHost<PortalView>({
      sessionOf: (partition) => {
        const session = sessions.get(partition) ?? new FakePortalSession();
        sessions.set(partition, session);
        return session as never;
      },
      createView: (partition, session) => {
        const view = new FakePortalView(partition, 100 + views.length, [], session as unknown as FakePortalSession);
        views.push(view);
        return view.asPortalView();
      },
      window: new FakePortalWindow(),
      allowedHosts: () => config.config.allowedHosts,
      resolveTarget: (target) => config.config.addresses[target],
      logoutUrl: () => config.config.addresses.educonnectLogout,
      log,
    });
    const staff = await setupStaff({
      log,
      userData,
      config: () => config,
      guide: () => guide,
      languageTexts: async (language) => languageTextsFrom(resource(`guide/texts/${language}.json`), language, graph, french),
      appInfo,
      setMode: () => undefined,
      reloadConfig: async () => config,
      send: () => undefined,
      fetch: async () => ({ status: 200 }),
      restart: () => undefined,
      quit: () => undefined,
      afterAnswer: () => undefined,
    });
    portal.onEvent((event) => staff.recordPortalEvent(event));
    const listener = createBridgeListener({
      policy: { hostWebContentsId: () => hostId, trustedOrigins: [appOrigin] },
      handlers: createKioskHandlers({
        config: () => config,
        appInfo,
        guide: () => guide,
        languageTexts: async () => ({ texts: french, gaps: [] }),
        portal: () => portal,
        printing: () => ({
          printSlip: async () => ({ ok: false, reason: 'no-printer' }),
          listPrinters: async () => [],
          printerNames: async () => [],
          endVisit: () => undefined,
        }),
        staff: staff.handlers,
      }),
      log: (line) => log.warn(line),
    });
    const call = (method: string, payload?: unknown, sender: IpcSenderLike = fromHost) => listener(sender, { method, payload });

    // The renderer's statistic events for the screens shown, exactly as renderer/staff/visit-statistics-reporter.ts sends them.
    let tally: VisitTally = idleVisitTally;
    const show = async (step: { tally: VisitTally; events: readonly unknown[] }) => {
      tally = step.tally;
      for (const event of step.events) expect(await call('recordStatistic', event)).toMatchObject({ ok: true });
    };

    await show(startVisitTally(graph, tally));
    for (const screen of ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms']) await show(enterVisitScreen(graph, tally, screen));
    expect(await call('portalOpen', { target: 'educonnect', bounds: { x: 0, y: 200, width: 1080, height: 1400 } })).toMatchObject({ ok: true });
    const page = views[0]?.webContents;
    if (page === undefined) throw new Error('the portal view was not created');

    // The visitor types their name and mobile number, character by character and as whole words.
    for (const text of ['Durand', ...'0612345678'.split(''), '0612345678', '06 12 34 56 78']) {
      expect(await call('portalType', { kind: 'text', text })).toMatchObject({ ok: true });
    }
    expect(await call('portalType', { kind: 'key', key: 'Enter' })).toMatchObject({ ok: true });
    await portal.typingSettled();
    expect(page.insertText).toHaveBeenCalledWith('Durand');

    // The same values reaching the bridge in ways it refuses.
    expect(await call('portalType', { kind: 'text', text: 'Durand', phone: '0612345678' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('portalType', { kind: 'text', text: 'Durand'.repeat(20) })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('portalType', { kind: 'text', text: '0612345678' }, fromElsewhere)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call('Durand0612345678', { text: 'Durand' })).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('recordStatistic', { kind: 'route-taken', route: 'Durand 0612345678' })).toMatchObject({ ok: false });
    expect(await call('recordStatistic', { kind: 'route-taken', route: 'Durand' })).toMatchObject({ ok: true }); // dropped: not a route of the guide
    expect(await call('recordStatistic', { kind: 'visit-abandoned', screen: '0612345678' })).toMatchObject({ ok: true }); // dropped too
    expect(await call('getStatistics')).toMatchObject({ ok: false, error: { code: 'staff-session-closed' } });

    // A link in the portal to a host outside the allow-list, carrying the typed values.
    const navigation = page.emit('will-navigate', { url: 'https://durand-0612345678.accounts.google.com/signin?name=Durand&tel=0612345678' });
    expect(navigation.preventDefault).toHaveBeenCalled();

    // An exception whose message carries typed values.
    crashes.emit('uncaughtExceptionMonitor', new TypeError('cannot read Durand 0612345678'));

    // Staff come by: a wrong PIN, the right one, the health and statistics, an export.
    expect(await call('staffUnlock', { pin: '13572468' })).toMatchObject({ ok: true, value: { outcome: 'rejected' } });
    expect(await call('staffUnlock', { pin: '0612345678' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('staffUnlock', { pin: '2468' })).toEqual({ ok: true, value: { outcome: 'accepted' } });
    expect(await call('getStaffHealth')).toMatchObject({ ok: true, value: { portal: { reachable: true } } });

    // The visitor comes back to the guide, answers, reaches the recap and ends the visit.
    for (const screen of ['result-sms', 'success', 'recap']) await show(enterVisitScreen(graph, tally, screen));
    await show(endVisitTally(tally, 'fr'));
    expect(await call('endVisit')).toMatchObject({ ok: true });
    const statisticsFile = path.join(userData, 'statistics', 'statistics.json');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(statisticsFile, 'utf8'))).toEqual(staff.recorder.current()));

    const statistics = await call('getStatistics');
    expect(statistics).toMatchObject({
      ok: true,
      value: {
        last7Days: {
          totals: {
            visitsStarted: 1,
            visitsCompleted: 1,
            routes: { sms: 1 },
            outcomes: { yes: 1, no: 0 },
            abandonedAt: {},
            blockedHosts: { _other: 1 },
          },
        },
      },
    });
    expect(await call('exportStatistics')).toMatchObject({ ok: true, value: { ok: true } });

    // Everything written: the log, the statistics file, the export — and nothing else.
    const written = filesUnder(root).map((file) => path.relative(root as string, file).split(path.sep).join('/'));
    expect(written.sort()).toEqual([
      expect.stringMatching(/^usb\/statistiques-borne-\d{4}-\d{2}-\d{2}\.csv$/),
      'userData/logs/kiosk.log',
      'userData/statistics/statistics.json',
    ]);
    const logText = readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8');
    expect(logText).toContain('staff: unlocked');
    expect(logText).toContain('portal: refused');
    expect(logText).toContain('crash: uncaught exception in the main process (TypeError)');
    expect(logText).toContain('statistics: dropped a route-taken event');
    for (const file of filesUnder(root)) {
      const bytes = readFileSync(file);
      for (const text of [bytes.toString('utf8'), bytes.toString('utf16le'), bytes.toString('latin1')]) {
        for (const secret of secrets) expect(text, `${path.basename(file)} holds ${secret}`).not.toContain(secret);
      }
    }
  });
});

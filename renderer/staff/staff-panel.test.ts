import { describe, expect, it, vi } from 'vitest';
import type { BridgeResult } from '../../common/bridge/result.ts';
import type { SelfTestReport } from '../../common/self-test/self-test-report.ts';
import { StaffPanel, type StaffPanelKiosk } from './staff-panel.svelte.ts';

const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });
const closed: BridgeResult<never> = { ok: false, error: { code: 'staff-session-closed', message: 'Le mode personnel est fermé : saisissez le code.' } };
const guideGraph = { version: 1, start: 'who', recap: 'recap', routes: {}, screens: [] };
const report = { version: '0.1.0', summary: { passed: 0, failed: 0, skipped: 20 }, checks: [] } as unknown as SelfTestReport;

function setup(answers: { run?: BridgeResult<{ ok: boolean; message: string }>; report?: BridgeResult<SelfTestReport | null> } = {}) {
  let current: SelfTestReport | null = null;
  const kiosk = {
    getStaffHealth: vi.fn(async () => ok({ mode: 'public' }) as never),
    getStatistics: vi.fn(async () => ok({ enabled: true }) as never),
    getGuide: vi.fn(async () => ok({ graph: guideGraph }) as never),
    staffSetMode: vi.fn(),
    staffEndVisit: vi.fn(),
    reloadConfig: vi.fn(),
    exportStatistics: vi.fn(),
    restartKiosk: vi.fn(),
    quitKiosk: vi.fn(),
    runSelfTest: vi.fn(async () => {
      current = report;
      return answers.run ?? ok({ ok: true, message: 'L’auto-test a commencé.' });
    }),
    getSelfTestReport: vi.fn(async () => answers.report ?? ok(current)),
  } as unknown as StaffPanelKiosk;
  const onclosed = vi.fn();
  return { panel: new StaffPanel(kiosk, onclosed), kiosk, onclosed };
}

describe('the staff screen’s data', () => {
  it('loads the guide in use with the statistics, to name its screens', async () => {
    const { panel } = setup();
    await panel.refresh();
    expect(panel.guide).toBe(guideGraph);
    expect(panel.statistics).toEqual({ enabled: true });
  });
});

describe('the staff screen’s self-test', () => {
  it('reads the last report with the rest (none yet), then shows the one a run made', async () => {
    const { panel } = setup();
    expect(panel.selfTest).toBeUndefined();
    await panel.refresh();
    expect(panel.selfTest).toBeNull();
    await panel.runSelfTest();
    expect(panel.message).toBe('L’auto-test a commencé.');
    expect(panel.selfTest).toBe(report);
    expect(panel.busy).toBeUndefined();
  });

  it('shows why the shell refused, and keeps the report it had', async () => {
    const { panel, kiosk } = setup({ run: ok({ ok: false, message: 'Une visite est en cours.' }) });
    await panel.runSelfTest();
    expect(panel.message).toBe('Une visite est en cours.');
    expect(kiosk.getSelfTestReport).not.toHaveBeenCalled();
  });

  it('closes the staff screen when the session has closed', async () => {
    const { panel, onclosed } = setup({ run: closed });
    await panel.runSelfTest();
    expect(onclosed).toHaveBeenCalledOnce();
    const reading = setup({ report: closed });
    await reading.panel.refresh();
    expect(reading.onclosed).toHaveBeenCalledOnce();
    expect(reading.panel.health).toBeUndefined();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { dispatchInvocation } from '../bridge/dispatch.ts';
import { emptyDayCounters } from '../statistics/statistics.ts';
import type { StaffHealth } from './staff-bridge.ts';
import { createStaffGate } from './staff-gate.ts';
import { createStaffHandlers, staffMethodNames, type StaffBackend } from './staff-handlers.ts';
import type { StaffUnlock } from './staff-unlock.ts';
import { kioskMethodNames } from '../bridge/contract.ts';

const summary = { days: [], totals: emptyDayCounters };

function backend(): StaffBackend & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    health: async () => {
      calls.push('health');
      return { mode: 'public' } as unknown as StaffHealth;
    },
    statistics: () => {
      calls.push('statistics');
      return { enabled: true, last7Days: summary, last30Days: summary };
    },
    exportStatistics: async () => {
      calls.push('export');
      return { ok: true, message: 'exporté' };
    },
    setMode: (mode) => {
      calls.push(`mode ${mode}`);
    },
    endVisit: () => calls.push('end-visit'),
    reloadConfig: async () => {
      calls.push('reload');
      return { source: 'bundled', problems: [] };
    },
    restart: () => {
      calls.push('restart');
      return { ok: true, message: 'redémarrage' };
    },
    quit: () => {
      calls.push('quit');
      return { ok: true, message: 'fermeture' };
    },
    runSelfTest: () => {
      calls.push('self-test');
      return { ok: true, message: 'auto-test lancé' };
    },
    selfTestReport: () => {
      calls.push('self-test-report');
      return null;
    },
    record: (event) => {
      calls.push(`record ${event.kind}`);
    },
  };
}

function setup() {
  const staff = backend();
  const unlock: StaffUnlock = async (pin) => (pin === '2468' ? { outcome: 'accepted' } : { outcome: 'rejected', attemptsLeft: 4 });
  const gate = createStaffGate({ now: () => 0, schedule: () => () => undefined, onClosed: () => undefined });
  const handlers = createStaffHandlers(staff, unlock, gate);
  const lines: string[] = [];
  // Every other method of the contract is irrelevant here.
  const all = new Proxy(handlers, {
    get: (target, name) => (name in target ? target[name as keyof typeof target] : vi.fn()),
  }) as unknown as Parameters<typeof dispatchInvocation>[1];
  const call = (method: string, payload?: unknown) => dispatchInvocation({ method, payload }, all, (line) => lines.push(line));
  return { staff, gate, call, lines };
}

const guarded = [
  ['staffTouch', undefined],
  ['staffLeave', undefined],
  ['staffSetMode', { mode: 'demonstration' }],
  ['getStaffHealth', undefined],
  ['getStatistics', undefined],
  ['exportStatistics', undefined],
  ['staffEndVisit', undefined],
  ['reloadConfig', undefined],
  ['restartKiosk', undefined],
  ['quitKiosk', undefined],
  ['runSelfTest', undefined],
  ['getSelfTestReport', undefined],
] as const;

describe('the staff bridge methods', () => {
  it('are all in the contract', () => {
    for (const name of staffMethodNames) expect(kioskMethodNames).toContain(name);
  });

  it.each(guarded)('refuses %s with staff-session-closed and does nothing while no session is open', async (method, payload) => {
    const { staff, call, lines } = setup();
    await expect(call(method, payload)).resolves.toEqual({
      ok: false,
      error: { code: 'staff-session-closed', message: 'Le mode personnel est fermé : saisissez le code.' },
    });
    expect(staff.calls).toEqual([]);
    expect(lines).toEqual([`bridge: refused ${method}: staff-session-closed`]);
  });

  it('opens the session on the right PIN only, then lets the staff methods through', async () => {
    const { staff, call, gate } = setup();
    await expect(call('staffUnlock', { pin: '1357' })).resolves.toEqual({ ok: true, value: { outcome: 'rejected', attemptsLeft: 4 } });
    expect(gate.isOpen()).toBe(false);
    await expect(call('staffUnlock', { pin: '2468' })).resolves.toEqual({ ok: true, value: { outcome: 'accepted' } });
    expect(gate.isOpen()).toBe(true);
    for (const [method, payload] of guarded.filter(([name]) => name !== 'staffLeave')) {
      expect((await call(method, payload)).ok).toBe(true);
    }
    expect(staff.calls).toEqual(['mode demonstration', 'health', 'statistics', 'export', 'end-visit', 'reload', 'restart', 'quit', 'self-test', 'self-test-report']);
    await call('staffLeave');
    expect(gate.isOpen()).toBe(false);
    expect((await call('getStatistics')).ok).toBe(false);
  });

  it('refuses runSelfTest with a payload, before the gate or the backend', async () => {
    const { staff, call, gate } = setup();
    gate.open();
    await expect(call('runSelfTest', { quick: true })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(staff.calls).toEqual([]);
  });

  it('counts the visitor’s events without a session, and refuses anything but an anonymous event', async () => {
    const { staff, call } = setup();
    await expect(call('recordStatistic', { kind: 'visit-started' })).resolves.toEqual({ ok: true, value: null });
    await expect(call('recordStatistic', { kind: 'route-taken', route: 'Durand 0612345678' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await expect(call('recordStatistic', { kind: 'host-blocked', host: 'evil.example' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await expect(call('recordStatistic', { kind: 'visit-started', at: 1_725_000_000_000 })).resolves.toMatchObject({ ok: false });
    expect(staff.calls).toEqual(['record visit-started']);
  });

  it('refuses a PIN that is not 4 to 8 digits before checking it, and never logs it', async () => {
    const { call, lines } = setup();
    for (const pin of ['12', '123456789', 'abcd', 1234]) {
      await expect(call('staffUnlock', { pin })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(lines.join('\n')).not.toMatch(/12|abcd/);
  });
});

import { describe, expect, it } from 'vitest';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import { createLogger } from '../log.ts';
import { selfTestRunningMessage, selfTestStartedMessage, selfTestVisitMessage } from '../../../common/self-test/self-test-messages.ts';
import { createSelfTestService } from './self-test-service.ts';

function setup(options: { attract?: boolean; fail?: boolean } = {}) {
  const report = { summary: { passed: 1, failed: 0, skipped: 0 } } as unknown as SelfTestReport;
  const events: string[] = [];
  let finish: () => void = () => undefined;
  const service = createSelfTestService({
    onAttractScreen: async () => options.attract ?? true,
    useSelfTestConfiguration: () => {
      events.push('self-test configuration');
      return () => events.push('configuration restored');
    },
    run: () =>
      new Promise<SelfTestReport>((resolve, reject) => {
        events.push('run');
        finish = () => (options.fail === true ? reject(new Error('boom')) : resolve(report));
      }),
    save: async (saved) => void events.push(saved === report ? 'saved' : 'saved something else'),
    log: createLogger((line) => events.push(line.replace(/^\S+ /, ''))),
  });
  return { service, events, report, finish: () => finish() };
}

describe('the staff self-test', () => {
  it('refuses while a visit is in progress', async () => {
    const { service, events } = setup({ attract: false });
    await expect(service.start()).resolves.toEqual({ ok: false, message: selfTestVisitMessage });
    expect(events).toEqual([]);
  });

  it('answers at once, runs in the self-test configuration, then restores it and keeps the report', async () => {
    const { service, events, report, finish } = setup();
    await expect(service.start()).resolves.toEqual({ ok: true, message: selfTestStartedMessage });
    expect(service.last()).toBeNull();
    await expect(service.start()).resolves.toEqual({ ok: false, message: selfTestRunningMessage });
    finish();
    await service.current();
    expect(service.last()).toBe(report);
    expect(events).toEqual(['INFO staff: self-test started', 'self-test configuration', 'run', 'saved', 'configuration restored']);
    await expect(service.start()).resolves.toMatchObject({ ok: true });
  });

  it('restores the configuration and logs the error’s name when the run fails', async () => {
    const { service, events, finish } = setup({ fail: true });
    await service.start();
    finish();
    await service.current();
    expect(service.last()).toBeNull();
    expect(events.slice(-2)).toEqual(['ERROR self-test: the run failed (Error)', 'configuration restored']);
  });
});

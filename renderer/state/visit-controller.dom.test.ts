// The visit's life cycle as the page runs it: the shell loaded, one visit created, the screen kind,
// the visitor's activity, the statistics and the root element, driven through fakes of the bridge.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../common/bridge/contract.ts';
import type { AppInfo } from '../../common/bridge/app-info.ts';
import { chooseConfig } from '../../common/config/config-snapshot.ts';
import { chooseGuide } from '../../common/guide/load-guide.ts';
import type { PrintResult } from '../../common/slip/slip-bridge.ts';
import type { VisitorStatisticEvent } from '../../common/statistics/statistic-events.ts';
import { DisplaySettings } from './display-settings.svelte.ts';
import { LanguageChoice } from './language-choice.svelte.ts';
import { PortalSession } from './portal-session.svelte.ts';
import { ShellState } from './shell-state.svelte.ts';
import { VisitController, type VisitRoot } from './visit-controller.svelte.ts';

// The test runs from the repository's root (happy-dom gives modules a page address, not a file one).
const resource = (file: string): string => readFileSync(path.resolve('resources', file), 'utf8');
const config = chooseConfig(resource('school/lycee-du-parc.json'), { kind: 'none' });
const guideGraph = JSON.parse(resource('guide/guide.json')) as unknown;
const frenchTexts = JSON.parse(resource('guide/texts/fr.json')) as unknown;
const englishTexts = JSON.parse(resource('guide/texts/en.json')) as { readonly meta: unknown };
const guide = chooseGuide({ kind: 'read', graph: resource('guide/guide.json'), texts: resource('guide/texts/fr.json') }, { graph: guideGraph, texts: frenchTexts });
const appInfo: AppInfo = { productName: 'Borne EduConnect', version: '0.0.0', shell: 'preview', mode: 'public', kiosk: false };

interface Rig {
  readonly controller: VisitController;
  readonly statistics: VisitorStatisticEvent[];
  readonly root: { language?: string; direction?: string; classes: readonly string[] };
  readonly endVisits: () => number;
  /** What the page asked the shell to print. */
  readonly printRequests: readonly unknown[];
  /** A touch anywhere in the host window. */
  readonly touch: () => void;
  readonly listening: () => boolean;
  readonly stop: () => void;
}

const ok = <T>(value: T): Promise<{ ok: true; value: T }> => Promise.resolve({ ok: true, value });

function rig(printAnswers: readonly PrintResult[] = [], schoolConfig: typeof config = config): Rig {
  const statistics: VisitorStatisticEvent[] = [];
  const printRequests: unknown[] = [];
  const answers = [...printAnswers];
  let endVisits = 0;
  const kiosk = {
    getConfig: () => ok(schoolConfig),
    getAppInfo: () => ok(appInfo),
    getGuide: () => ok(guide),
    getGuideTexts: () => ok({ texts: englishTexts }),
    endVisit: () => {
      endVisits += 1;
      return ok({ steps: [], totalMs: 0 });
    },
    printSlip: (request: unknown) => {
      printRequests.push(request);
      return ok(answers.shift() ?? { ok: false, reason: 'failed' });
    },
    recordStatistic: (event: VisitorStatisticEvent) => {
      statistics.push(event);
      return ok(null);
    },
    on: () => () => undefined,
  } as unknown as KioskApi;
  const root: Rig['root'] = { classes: [] };
  const visitRoot: VisitRoot = {
    setLanguage: (language, direction) => Object.assign(root, { language, direction }),
    setDisplayClasses: (classes) => Object.assign(root, { classes }),
  };
  let onActivity: (() => void) | undefined;
  const controller = new VisitController({
    shell: new ShellState(kiosk),
    portal: new PortalSession(kiosk),
    language: new LanguageChoice(kiosk),
    display: new DisplaySettings(),
    root: visitRoot,
    activity: (listener) => {
      onActivity = listener;
      return () => {
        onActivity = undefined;
      };
    },
  });
  const stop = controller.start();
  return {
    controller,
    statistics,
    root,
    endVisits: () => endVisits,
    printRequests,
    touch: () => onActivity?.(),
    listening: () => onActivity !== undefined,
    stop,
  };
}

/** Lets the fake bridge's promises settle, then runs the effects they trigger. */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    flushSync();
    await vi.advanceTimersByTimeAsync(0);
  }
  flushSync();
}

describe('VisitController', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('loads the shell, then creates one visit waiting on the attract screen, in French', async () => {
    const { controller, root, stop } = rig();
    expect(controller.visit).toBeUndefined();
    await settle();
    expect(controller.ready?.config.config.school.name).toBe(config.config.school.name);
    expect(controller.phase).toBe('waiting');
    expect(controller.visit?.path).toBeUndefined();
    expect(root).toMatchObject({ language: 'fr', direction: 'ltr', classes: [] });
    stop();
  });

  it('starts a visit on the first screen and counts it, with nothing typed in the statistics', async () => {
    const { controller, statistics, stop } = rig();
    await settle();
    controller.visit?.start();
    await settle();
    expect(controller.phase).toBe('active');
    expect(controller.visit?.path?.current).toBe(controller.index?.graph.start);
    expect(statistics.map((event) => event.kind)).toContain('visit-started');
    stop();
  });

  it('follows the visitor’s language and display choices on the root element, and resets them after the thank-you', async () => {
    const { controller, root, stop } = rig();
    await settle();
    controller.visit?.start();
    await controller.deps.language.choose('en');
    controller.deps.display.highContrast = true;
    await settle();
    expect(root).toMatchObject({ language: 'en', direction: 'ltr', classes: ['contrast-high'] });
    controller.visit?.end();
    await settle();
    expect(controller.phase).toBe('thanks');
    await vi.advanceTimersByTimeAsync(60_000);
    flushSync();
    expect(controller.phase).toBe('waiting');
    expect(root).toMatchObject({ language: 'fr', classes: [] });
    stop();
  });

  it('starts every visit with every control within reach on a floor-standing kiosk; a visitor’s choice lasts until the thank-you', async () => {
    const floor = { ...config, config: { ...config.config, reach: 'floor-portrait' as const } };
    const { controller, root, stop } = rig([], floor);
    await settle();
    expect(root.classes).toEqual(['within-reach']);
    controller.visit?.start();
    controller.deps.display.toggleWithinReach();
    await settle();
    expect(root.classes).toEqual([]);
    controller.visit?.end();
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    flushSync();
    expect(controller.phase).toBe('waiting');
    expect(root.classes).toEqual(['within-reach']);
    stop();
  });

  it('keeps a standing kiosk in its usual layout unless the visitor asks', async () => {
    const { controller, root, stop } = rig();
    await settle();
    expect(root.classes).toEqual([]);
    controller.visit?.start();
    controller.deps.display.toggleWithinReach();
    await settle();
    expect(root.classes).toEqual(['within-reach']);
    stop();
  });

  it('ends an idle visit through the shell after its timeout and countdown', async () => {
    const { controller, endVisits, stop } = rig();
    await settle();
    controller.visit?.start();
    await settle();
    const { idleSeconds, countdownSeconds } = config.config.timeouts;
    await vi.advanceTimersByTimeAsync(idleSeconds * 1000);
    flushSync();
    expect(controller.phase).toBe('warning');
    await vi.advanceTimersByTimeAsync(countdownSeconds * 1000 + 1000);
    flushSync();
    expect(endVisits()).toBe(1);
    expect(controller.visit?.path).toBeUndefined();
    stop();
  });

  it('takes a touch as activity, except while the countdown shows, and stops listening when stopped', async () => {
    const { controller, touch, listening, stop } = rig();
    await settle();
    controller.visit?.start();
    await settle();
    await vi.advanceTimersByTimeAsync((config.config.timeouts.idleSeconds - 5) * 1000);
    touch();
    await vi.advanceTimersByTimeAsync(10_000);
    flushSync();
    expect(controller.phase).toBe('active');
    await vi.advanceTimersByTimeAsync(config.config.timeouts.idleSeconds * 1000);
    flushSync();
    expect(controller.phase).toBe('warning');
    touch();
    flushSync();
    expect(controller.phase).toBe('warning');
    expect(listening()).toBe(true);
    stop();
    expect(listening()).toBe(false);
  });

  it('prints the visitor’s path in their language and counts the slip only when it printed', async () => {
    const { controller, statistics, printRequests, stop } = rig([{ ok: false, reason: 'no-printer' }, { ok: true, remaining: 2 }]);
    await settle();
    controller.visit?.start();
    await controller.deps.language.choose('en');
    await settle();
    const first = controller.index?.graph.start;
    const slipsPrinted = (): number => statistics.filter((event) => event.kind === 'slip-printed').length;

    expect(await controller.printSlip(undefined)).toEqual({ ok: false, reason: 'no-printer' });
    expect(slipsPrinted()).toBe(0);
    expect(await controller.printSlip('a4')).toEqual({ ok: true, remaining: 2 });
    expect(slipsPrinted()).toBe(1);
    expect(printRequests).toEqual([
      { path: [first], language: 'en' },
      { path: [first], language: 'en', format: 'a4' },
    ]);
    stop();
  });

  it('prints nothing before a visit has a path', async () => {
    const { controller, printRequests, stop } = rig([{ ok: true, remaining: 2 }]);
    await settle();
    expect(await controller.printSlip(undefined)).toEqual({ ok: false, reason: 'failed' });
    expect(printRequests).toEqual([]);
    stop();
  });
});

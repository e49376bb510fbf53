import type { KioskApi, KioskEventName, Unsubscribe } from '../../common/bridge/contract.ts';
import { createKioskApi } from '../../common/bridge/create-kiosk-api.ts';
import { dispatchInvocation, type KioskHandlers } from '../../common/bridge/dispatch.ts';
import { chooseConfig, type ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import { languageTextsFrom } from '../../common/guide/language-fallback.ts';
import { chooseGuide, type GuideFiles, type GuideSnapshot } from '../../common/guide/load-guide.ts';
import type { Invitations } from '../../common/guide/invitations.ts';
import {
  previewConfigEndpoint,
  previewGuidePrefix,
  previewInvitationsEndpoint,
  type PreviewConfigFiles,
} from '../../common/preview/preview-endpoints.ts';
import bundledGraph from '../../resources/guide/guide.json';
import bundledTexts from '../../resources/guide/texts/fr.json';
import type { WipeReport } from '../../common/portal/portal-types.ts';
import { createPreviewPortalHost } from './portal/preview-portal-host.ts';
import type { SimulatedPrinter } from '../slip/simulated-printer.ts';
import { createPreviewStaff } from './staff/preview-staff.ts';

/** What the preview records for e2e tests (names and timings only, never content). */
export interface PreviewRecorder {
  /** The wipe report of every visit ended so far. */
  readonly wipeReports: WipeReport[];
  /** The stand-in printer: the print requests received (path, language, format) and how it answers. */
  readonly printer: SimulatedPrinter;
}

async function fetchConfig(): Promise<ConfigSnapshot> {
  const response = await fetch(previewConfigEndpoint, { cache: 'no-store' });
  if (!response.ok) throw new Error(`configuration endpoint answered ${String(response.status)}`);
  const files = (await response.json()) as PreviewConfigFiles;
  return chooseConfig(files.bundled, files.override);
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${previewGuidePrefix}${path}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`guide file answered ${String(response.status)}`);
  return response.text();
}

/** The invitations of the attract screen, or none when the endpoint fails. */
async function fetchInvitations(): Promise<Invitations> {
  return fetch(previewInvitationsEndpoint, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<Invitations>) : {}))
    .catch(() => ({}));
}

/**
 * Loads the guide as the kiosk does: the files of `resources/guide/`, else the bundled copy. The
 * graph, the French texts and the invitations are requested together: the first screen waits for
 * the slowest of them, not for their sum.
 */
async function fetchGuide(): Promise<GuideSnapshot> {
  const [graph, texts, invitations] = await Promise.all([
    fetchText('guide.json').catch(() => undefined),
    fetchText('texts/fr.json').catch(() => undefined),
    fetchInvitations(),
  ]);
  const files: GuideFiles = graph === undefined || texts === undefined ? { kind: 'unreadable' } : { kind: 'read', graph, texts };
  const guide = chooseGuide(files, { graph: bundledGraph, texts: bundledTexts });
  return { ...guide, invitations };
}

/**
 * The browser implementation of the kiosk contract, for the preview shell and e2e tests.
 * Calls go through the same validating dispatcher as in Electron's main process.
 */
export function createPreviewBridge(recorder: PreviewRecorder): KioskApi {
  let config: Promise<ConfigSnapshot> | undefined;
  let guide: Promise<GuideSnapshot> | undefined;
  const listeners = new Set<(event: KioskEventName, payload: unknown) => void>();
  const emit = (event: KioskEventName, payload: unknown): void => {
    for (const listener of [...listeners]) listener(event, payload);
  };
  const portal = createPreviewPortalHost({
    container: document.body,
    // The longest visit, as the Electron shell enforces it: from the configuration in use.
    visitLimits: async () => {
      const { maxVisitSeconds, countdownSeconds } = (await handlers.getConfig(undefined)).config.timeouts;
      return { maxVisitSeconds, countdownSeconds };
    },
  });
  portal.onEvent((event) => emit('portal', event));
  // Staff mode: the same staff methods as the kiosk; statistics in memory only.
  const staff = createPreviewStaff({
    config: async () => handlers.getConfig(undefined),
    replaceConfig: (snapshot) => {
      config = Promise.resolve(snapshot);
    },
    reloadConfig: async () => {
      config = undefined;
      return handlers.getConfig(undefined);
    },
    appInfo: async () => handlers.getAppInfo(undefined),
    guide: async () => handlers.getGuide(undefined),
    languageTexts: async (language) => handlers.getGuideTexts({ language }),
    emit,
  });
  portal.onEvent((event) => void staff.recordPortalEvent(event));

  const handlers: KioskHandlers = {
    getConfig: () =>
      (config ??= fetchConfig().catch((error: unknown) => {
        config = undefined; // let the next call try again
        throw error;
      })),
    getAppInfo: async () => ({
      productName: 'Borne EduConnect',
      version: import.meta.env.VITE_APP_VERSION,
      shell: 'preview',
      mode: (await handlers.getConfig(undefined)).config.mode,
      kiosk: false,
    }),
    getGuide: () => (guide ??= fetchGuide()),
    getGuideTexts: async ({ language }) => {
      const current = await (guide ??= fetchGuide());
      if (language === 'fr') return { texts: current.texts, gaps: [] };
      const text = await fetchText(`texts/${language}.json`).catch(() => undefined);
      return languageTextsFrom(text, language, current.graph, current.texts);
    },
    portalOpen: async (request) => {
      await portal.open(request);
      return null;
    },
    portalSetBounds: (bounds) => {
      portal.setBounds(bounds);
      return null;
    },
    portalSetVisible: ({ visible }) => {
      portal.setVisible(visible);
      return null;
    },
    portalNavigate: ({ action }) => {
      portal.navigate(action);
      return null;
    },
    portalType: (input) => {
      portal.type(input);
      return null;
    },
    endVisit: async () => {
      const report = await portal.destroy();
      recorder.wipeReports.push(report);
      recorder.printer.endVisit();
      return report;
    },
    printSlip: async (request) => recorder.printer.print(request, (await handlers.getGuide(undefined)).graph),
    ...staff.handlers,
  };

  // What the first screen needs is requested now, while the renderer's modules still evaluate,
  // so that the attract screen does not wait for a request started after them.
  Promise.resolve(handlers.getConfig(undefined)).catch(() => undefined);
  void handlers.getGuide(undefined);
  return createKioskApi({
    invoke: (method, payload) => dispatchInvocation({ method, payload }, handlers, (line) => console.warn(line)),
    subscribe: (listener): Unsubscribe => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  });
}

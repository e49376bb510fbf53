import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { KioskHandlers } from '../../common/bridge/dispatch.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { LanguageTexts } from '../../common/guide/language-fallback.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';
import type { PortalHost } from '../../common/portal/portal-host.ts';
import type { SlipPrinting } from './print/setup-slip-printing.ts';
import { configForRenderer } from '../../common/staff/staff-config.ts';
import type { StaffHandlers } from '../../common/staff/staff-handlers.ts';

/** The state the bridge handlers read. */
export interface HandlerState {
  readonly config: () => ConfigSnapshot;
  readonly appInfo: () => AppInfo;
  readonly guide: () => GuideSnapshot;
  readonly languageTexts: (language: string) => Promise<LanguageTexts>;
  readonly portal: () => PortalHost;
  /** Recap slip printing (`setupSlipPrinting`). */
  readonly printing: () => SlipPrinting;
  /** The staff methods and `recordStatistic` (`setupStaff`). */
  readonly staff: StaffHandlers;
}

/** The main process's implementation of every bridge method. */
export function createKioskHandlers(state: HandlerState): KioskHandlers {
  return {
    // The staff PIN hash stays in the main process.
    getConfig: () => configForRenderer(state.config()),
    getAppInfo: () => state.appInfo(),
    getGuide: () => state.guide(),
    getGuideTexts: ({ language }) => state.languageTexts(language),
    portalOpen: async (request) => {
      await state.portal().open(request);
      return null;
    },
    portalSetBounds: (bounds) => {
      state.portal().setBounds(bounds);
      return null;
    },
    portalSetVisible: ({ visible }) => {
      state.portal().setVisible(visible);
      return null;
    },
    portalNavigate: ({ action }) => {
      state.portal().navigate(action);
      return null;
    },
    portalType: (input) => {
      state.portal().type(input);
      return null;
    },
    endVisit: () => {
      state.printing().endVisit();
      return state.portal().destroy();
    },
    printSlip: (request) => state.printing().printSlip(request),
    ...state.staff,
  };
}

import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { KioskHandlers } from '../../common/bridge/dispatch.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';

/** The state the bridge handlers read. */
export interface HandlerState {
  readonly config: () => ConfigSnapshot;
  readonly appInfo: () => AppInfo;
  readonly guide: () => GuideSnapshot;
}

/** The main process's implementation of every bridge method. */
export function createKioskHandlers(state: HandlerState): KioskHandlers {
  return {
    getConfig: () => state.config(),
    getAppInfo: () => state.appInfo(),
    getGuide: () => state.guide(),
  };
}

import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { KioskApi, Unsubscribe } from '../../common/bridge/contract.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';

/** What the renderer knows about its shell: loading, ready, or failed to answer. */
export type ShellStatus =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ready';
      readonly config: ConfigSnapshot;
      readonly appInfo: AppInfo;
      readonly guide: GuideSnapshot;
    }
  | { readonly kind: 'failed' };

/** The shell's configuration, app information and guide, loaded once and kept up to date. */
export class ShellState {
  status: ShellStatus = $state({ kind: 'loading' });
  readonly kiosk: KioskApi;

  constructor(kiosk: KioskApi) {
    this.kiosk = kiosk;
  }

  /** Loads everything the renderer needs; `failed` when the shell does not answer. */
  async load(): Promise<void> {
    this.status = { kind: 'loading' };
    const [config, appInfo, guide] = await Promise.all([
      this.kiosk.getConfig(),
      this.kiosk.getAppInfo(),
      this.kiosk.getGuide(),
    ]);
    this.status =
      config.ok && appInfo.ok && guide.ok
        ? { kind: 'ready', config: config.value, appInfo: appInfo.value, guide: guide.value }
        : { kind: 'failed' };
  }

  /** Follows configuration reloads and mode switches from the shell. Returns the function that stops following. */
  follow(): Unsubscribe {
    const stopConfig = this.kiosk.on('configChanged', (config) => {
      if (this.status.kind === 'ready') this.status = { ...this.status, config };
    });
    const stopAppInfo = this.kiosk.on('appInfoChanged', (appInfo) => {
      if (this.status.kind === 'ready') this.status = { ...this.status, appInfo };
    });
    return () => {
      stopConfig();
      stopAppInfo();
    };
  }
}

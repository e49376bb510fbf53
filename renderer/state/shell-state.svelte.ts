import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { KioskApi, Unsubscribe } from '../../common/bridge/contract.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';

/** What the renderer knows about its shell: loading, ready with config and app info, or failed. */
export type ShellStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly config: ConfigSnapshot; readonly appInfo: AppInfo }
  | { readonly kind: 'failed' };

/** The shell's configuration and app information, loaded once and kept up to date. */
export class ShellState {
  status: ShellStatus = $state({ kind: 'loading' });
  readonly #kiosk: KioskApi;

  constructor(kiosk: KioskApi) {
    this.#kiosk = kiosk;
  }

  /** Loads the configuration snapshot and app information; `failed` when the shell does not answer. */
  async load(): Promise<void> {
    this.status = { kind: 'loading' };
    const [config, appInfo] = await Promise.all([this.#kiosk.getConfig(), this.#kiosk.getAppInfo()]);
    this.status =
      config.ok && appInfo.ok ? { kind: 'ready', config: config.value, appInfo: appInfo.value } : { kind: 'failed' };
  }

  /** Follows configuration reloads from the shell. Returns the function that stops following. */
  follow(): Unsubscribe {
    return this.#kiosk.on('configChanged', (config) => {
      if (this.status.kind === 'ready') this.status = { ...this.status, config };
    });
  }
}

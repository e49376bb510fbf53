/**
 * What the staff screen shows and does: the kiosk's health and statistics, loaded from the shell,
 * and the actions, each answered by one message in French. A call refused because the staff
 * session has closed closes the screen (`onclosed`).
 */
import type { KioskMode } from '../../common/bridge/app-info.ts';
import type { KioskApi } from '../../common/bridge/contract.ts';
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import type { BridgeResult } from '../../common/bridge/result.ts';
import type { SelfTestReport } from '../../common/self-test/self-test-report.ts';
import { kioskModeLabels, type StaffActionResult, type StaffHealth, type StaffStatistics } from '../../common/staff/staff-bridge.ts';
import { isSessionClosed } from './staff-controller.svelte.ts';

/** The bridge methods the staff screen uses. */
export type StaffPanelKiosk = Pick<
  KioskApi,
  | 'getStaffHealth'
  | 'getStatistics'
  | 'getGuide'
  | 'staffSetMode'
  | 'staffEndVisit'
  | 'reloadConfig'
  | 'exportStatistics'
  | 'restartKiosk'
  | 'quitKiosk'
  | 'runSelfTest'
  | 'getSelfTestReport'
>;

/** Prints a test page; wired by the slip printing. */
export type PrintTest = () => Promise<StaffActionResult>;

/** The actions of the staff screen, by name (for the busy state). */
export type StaffActionName = 'mode' | 'end-visit' | 'reload' | 'export' | 'restart' | 'quit' | 'print-test' | 'self-test';

const noAnswer = 'La borne n’a pas répondu. Réessayez.';

/** The staff screen's data and actions. */
export class StaffPanel {
  health: StaffHealth | undefined = $state.raw();
  statistics: StaffStatistics | undefined = $state.raw();
  /** The guide in use, to name its screens and routes in the statistics. */
  guide: GuideGraph | undefined = $state.raw();
  /** The last self-test report: undefined until read, null when none has run. */
  selfTest: SelfTestReport | null | undefined = $state.raw();
  /** The mode in use. */
  mode: KioskMode | undefined = $state();
  /** The answer to the last action, in French. */
  message = $state('');
  /** The action running now. */
  busy: StaffActionName | undefined = $state();
  readonly #kiosk: StaffPanelKiosk;
  readonly #onclosed: () => void;

  constructor(kiosk: StaffPanelKiosk, onclosed: () => void) {
    this.#kiosk = kiosk;
    this.#onclosed = onclosed;
  }

  /** Loads the statistics and the last self-test report, then the health (which waits for the portal probe). */
  async refresh(): Promise<void> {
    const [statistics, guide] = await Promise.all([this.#kiosk.getStatistics(), this.#kiosk.getGuide()]);
    if (this.#refused(statistics)) return;
    if (guide.ok) this.guide = guide.value.graph;
    if (statistics.ok) this.statistics = statistics.value;
    if (!(await this.loadSelfTestReport())) return;
    const health = await this.#kiosk.getStaffHealth();
    if (this.#refused(health)) return;
    if (health.ok) {
      this.health = health.value;
      this.mode = health.value.mode;
    }
  }

  /** Switches the mode. */
  setMode(mode: KioskMode): Promise<void> {
    return this.#run('mode', async () => {
      const result = await this.#kiosk.staffSetMode({ mode });
      if (!result.ok) return result;
      this.mode = mode;
      return { ok: true, value: `Mode\u202F: ${kioskModeLabels[mode]}.` };
    });
  }

  /** Ends the current visitor. */
  endVisit(): Promise<void> {
    return this.#run('end-visit', async () => {
      const result = await this.#kiosk.staffEndVisit();
      return result.ok ? { ok: true, value: 'La visite en cours, s’il y en avait une, est terminée et effacée.' } : result;
    });
  }

  /** Reads the configuration again. */
  reloadConfig(): Promise<void> {
    return this.#run('reload', async () => {
      const result = await this.#kiosk.reloadConfig();
      if (!result.ok) return result;
      const { source, problems } = result.value;
      const count = problems.length;
      const text =
        source === 'override'
          ? 'Configuration rechargée\u202F: le fichier de l’établissement est utilisé.'
          : count === 0
            ? 'Configuration rechargée\u202F: la configuration par défaut est utilisée.'
            : `Configuration rechargée\u202F: le fichier de l’établissement a ${String(count)} problème${count > 1 ? 's' : ''}, la configuration par défaut est utilisée.`;
      void this.refresh();
      return { ok: true, value: text };
    });
  }

  /** Exports the statistics as CSV. */
  exportStatistics(): Promise<void> {
    return this.#run('export', async () => this.#message(await this.#kiosk.exportStatistics()));
  }

  /** Restarts the kiosk. */
  restart(): Promise<void> {
    return this.#run('restart', async () => this.#message(await this.#kiosk.restartKiosk()));
  }

  /** Quits the kiosk. */
  quit(): Promise<void> {
    return this.#run('quit', async () => this.#message(await this.#kiosk.quitKiosk()));
  }

  /** Reads the last self-test report; false when the session has closed. */
  async loadSelfTestReport(): Promise<boolean> {
    const report = await this.#kiosk.getSelfTestReport();
    if (this.#refused(report)) return false;
    this.selfTest = report.ok ? report.value : null;
    return true;
  }

  /** Starts the self-test; shows what the shell answered, then the report if it is already there (the preview's). */
  runSelfTest(): Promise<void> {
    return this.#run('self-test', async () => {
      const result = await this.#kiosk.runSelfTest();
      if (!result.ok) return result;
      if (result.value.ok) await this.loadSelfTestReport();
      return { ok: true, value: result.value.message };
    });
  }

  /** Prints a test page with `print`. */
  printTest(print: PrintTest): Promise<void> {
    return this.#run('print-test', async () => ({ ok: true, value: (await print()).message }));
  }

  #message(result: BridgeResult<StaffActionResult>): BridgeResult<string> {
    return result.ok ? { ok: true, value: result.value.message } : result;
  }

  #refused(result: BridgeResult<unknown>): boolean {
    if (!isSessionClosed(result)) return false;
    this.#onclosed();
    return true;
  }

  async #run(name: StaffActionName, action: () => Promise<BridgeResult<string>>): Promise<void> {
    if (this.busy !== undefined) return;
    this.busy = name;
    this.message = '';
    try {
      const result = await action();
      if (this.#refused(result)) return;
      this.message = result.ok ? result.value : noAnswer;
    } catch {
      this.message = noAnswer;
    } finally {
      this.busy = undefined;
    }
  }
}

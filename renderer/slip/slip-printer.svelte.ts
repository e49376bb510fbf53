import type { SlipFormat } from '../../common/slip/slip-format.ts';
import { canPrint, settlePrint, statusAfter, type GuardTimers, type PrintSlip, type PrintStatus } from './print-flow.ts';

/** The recap's printing state: one print at a time, from a tap to a result the screen can show. */
export class SlipPrinter {
  status: PrintStatus = $state({ kind: 'idle' });
  readonly #print: PrintSlip;
  readonly #timers: GuardTimers;

  constructor(print: PrintSlip, timers: GuardTimers = globalThis) {
    this.#print = print;
    this.#timers = timers;
  }

  /** Whether "Imprimer" may be tapped now. */
  get available(): boolean {
    return canPrint(this.status);
  }

  /** Prints once; taps while printing, after the limit or without a printer are ignored. */
  async print(format: SlipFormat | undefined): Promise<void> {
    if (!this.available) return;
    this.status = { kind: 'printing' };
    this.status = statusAfter(await settlePrint(() => this.#print(format), this.#timers));
  }
}

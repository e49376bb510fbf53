/** A fake monotonic clock whose scheduled callbacks run when a test advances it. */
export class FakeTime {
  current = 0;
  #timers: { at: number; callback: () => void; cancelled: boolean }[] = [];

  readonly now = (): number => this.current;

  readonly schedule = (callback: () => void, ms: number): (() => void) => {
    const timer = { at: this.current + ms, callback, cancelled: false };
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };

  /** Moves the clock on and runs what fell due, in order. */
  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const due = this.#timers.filter((t) => !t.cancelled && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      due.callback();
    }
    this.current = end;
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.filter((t) => !t.cancelled).length;
  }
}

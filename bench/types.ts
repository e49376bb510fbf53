import type { Browser } from '@playwright/test';

/** One measured figure, with its budget when the issue names one. */
export interface Measurement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The upper bound the figure must stay within, if any. */
  readonly budget?: number;
}

/** What every benchmark receives: a Chromium and the preview's address. */
export interface BenchContext {
  readonly browser: Browser;
  readonly previewUrl: string;
  readonly repoRoot: string;
}

/** A benchmark: a name and a function that measures. */
export interface Benchmark {
  readonly name: string;
  run(context: BenchContext): Promise<Measurement[]>;
}

import type { WebContentsPrintOptions } from 'electron';

/**
 * The hidden window a slip is printed from, as the print service sees it. The Electron
 * implementation is `electron-slip-window.ts`; tests use a fake.
 */
export interface SlipWindow {
  /** Loads a document; resolves once it has finished loading, rejects when it failed to load. */
  load(url: string): Promise<void>;
  /**
   * Calls back with the document's height in CSS pixels each time its layout changes size
   * (Chromium's preferred size mode: measured without running any script in the page).
   */
  onContentHeight(listener: (heightPx: number) => void): void;
  /** Prints the document; the callback may never come (a stuck driver), so callers time-box it. */
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  /** Closes the window; safe to call more than once. */
  destroy(): void;
}

/** Creates a fresh hidden slip window for one print job. */
export type SlipWindowFactory = () => SlipWindow;

/** The clock the print service runs on (injected so tests control time). */
export interface PrintTimers {
  /** Calls `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer set with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemPrintTimers: PrintTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

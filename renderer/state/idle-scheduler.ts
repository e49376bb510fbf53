/** Runs work when the page has nothing better to do. */
export interface IdleScheduler {
  /** Runs `task` once the page is idle; returns a handle for `cancel`. */
  request(task: () => void): number;
  cancel(handle: number): void;
}

/** The browser's idle callbacks; a task waits at most one second for an idle moment. */
export const browserIdleScheduler: IdleScheduler = {
  request: (task) => requestIdleCallback(() => task(), { timeout: 1000 }),
  cancel: (handle) => cancelIdleCallback(handle),
};

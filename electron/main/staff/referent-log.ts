/**
 * The référent's log file under the app's data folder (`<userData>/logs/kiosk.log`, rotated by
 * size), written next to standard error, and the crash lines that go into it. Lines name what
 * happened (start, errors, crashes, configuration problems), never what a visitor typed.
 */
import path from 'node:path';
import type { App } from 'electron';
import type { Logger } from '../log.ts';
import { createRotatingLog, type RotatingLogFs } from '../logging/rotating-log.ts';

/** The log file's path under the app's data folder. */
export function referentLogFile(userData: string): string {
  return path.join(userData, 'logs', 'kiosk.log');
}

/** Options of the log sink. */
export interface ReferentLogOptions {
  /** The app's data folder (`app.getPath('userData')`). */
  readonly userData: string;
  /** Where a copy of each line goes too; standard error by default. */
  readonly echo?: (line: string) => void;
  readonly fs?: RotatingLogFs;
}

/** A sink for `createLogger` that writes each line to the rotating log file and echoes it. Never throws. */
export function createReferentLogSink(options: ReferentLogOptions): (line: string) => void {
  const file = createRotatingLog({ file: referentLogFile(options.userData), ...(options.fs === undefined ? {} : { fs: options.fs }) });
  const echo = options.echo ?? ((line: string) => process.stderr.write(`${line}\n`));
  return (line) => {
    try {
      echo(line);
    } catch {
      // A closed standard error must not stop the log file.
    }
    file.write(line);
  };
}

/** The process events the crash lines come from. */
export interface CrashSources {
  readonly process: { on(event: 'uncaughtExceptionMonitor', listener: (error: Error) => void): unknown };
  readonly app: Pick<App, 'on'>;
}

/**
 * Logs crashes: an uncaught exception in the main process (its name only: a message could carry
 * anything), and a child process (GPU, utility, the portal's renderer) that went away. Observes
 * only: what happens next is left to Electron and to the renderer recovery.
 */
export function setupCrashLogging(sources: CrashSources, log: Pick<Logger, 'error'>): void {
  sources.process.on('uncaughtExceptionMonitor', (error) => {
    log.error(`crash: uncaught exception in the main process (${error instanceof Error ? error.name : 'unknown'})`);
  });
  sources.app.on('child-process-gone', (_event, details) => {
    log.error(`crash: ${details.type} process gone (${details.reason}, exit code ${String(details.exitCode)})`);
  });
}

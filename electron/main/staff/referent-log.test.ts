import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import type { RotatingLogFs } from '../logging/rotating-log.ts';
import { createReferentLogSink, referentLogFile, setupCrashLogging } from './referent-log.ts';

/** An in-memory log file system. */
function memoryFs() {
  const files = new Map<string, string>();
  const fs: RotatingLogFs = {
    appendFile: (file, text) => files.set(file, (files.get(file) ?? '') + text),
    fileSize: (file) => Buffer.byteLength(files.get(file) ?? ''),
    rename: () => undefined,
    remove: (file) => files.delete(file),
    mkdir: () => undefined,
  };
  return { files, fs };
}

describe('the référent’s log', () => {
  it('goes to userData/logs/kiosk.log and to standard error, one line per entry', () => {
    const { files, fs } = memoryFs();
    const echoed: string[] = [];
    const log = createLogger(createReferentLogSink({ userData: '/data', echo: (line) => echoed.push(line), fs }));
    log.info('start: Borne EduConnect 0.1.0');
    log.warn('config: override rejected\nat "school.uai"');
    expect(referentLogFile('/data')).toBe('/data/logs/kiosk.log');
    const lines = (files.get('/data/logs/kiosk.log') ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ WARN config: override rejected at "school.uai"$/);
    expect(echoed).toHaveLength(2);
  });

  it('keeps writing the file when standard error is closed', () => {
    const { files, fs } = memoryFs();
    const sink = createReferentLogSink({
      userData: '/data',
      echo: () => {
        throw new Error('EPIPE');
      },
      fs,
    });
    sink('still written');
    expect(files.get('/data/logs/kiosk.log')).toBe('still written\n');
  });

  it('logs crashes: the name of an uncaught exception only, and a child process that went away', () => {
    const lines: string[] = [];
    const processEvents = new EventEmitter();
    const app = new EventEmitter();
    setupCrashLogging({ process: processEvents as never, app: app as never }, { error: (line) => lines.push(line) });
    processEvents.emit('uncaughtExceptionMonitor', new RangeError('value typed: Durand'));
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    expect(lines).toEqual([
      'crash: uncaught exception in the main process (RangeError)',
      'crash: GPU process gone (crashed, exit code 139)',
    ]);
  });
});

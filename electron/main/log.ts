/**
 * The référent's log. Lines say what happened to the kiosk (start, errors, crashes, refused calls),
 * never what a visitor typed or which page they saw.
 */
export interface Logger {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

/** A logger writing timestamped lines to a sink (standard error by default). */
export function createLogger(sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const write = (level: string, line: string): void => sink(`${new Date().toISOString()} ${level} ${line}`);
  return {
    info: (line) => write('INFO', line),
    warn: (line) => write('WARN', line),
    error: (line) => write('ERROR', line),
  };
}

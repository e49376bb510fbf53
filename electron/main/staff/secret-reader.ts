/**
 * Reads secret lines (a PIN) from a stream without echoing them: on a terminal the stream is put in
 * raw mode, so nothing typed is shown, and Backspace and Ctrl+C are handled here; from a pipe the
 * lines are read as they come.
 */
import type { Readable } from 'node:stream';

/** A readable stream, possibly a terminal (`process.stdin`). */
export type SecretInput = Readable & {
  readonly isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
};

/** Reads one secret line at a time from a stream. */
export interface SecretReader {
  /** True when the input is a terminal (nothing typed is echoed). */
  readonly interactive: boolean;
  /** The next line without its line ending; `undefined` on Ctrl+C or at the end of the input. */
  readLine(): Promise<string | undefined>;
  /** Stops listening to the input. */
  close(): void;
}

const interrupt = '\u0003';
const endOfTransmission = '\u0004';
const backspaces = new Set(['\u007f', '\b']);

/** A reader of secret lines over `input`. */
export function createSecretReader(input: SecretInput): SecretReader {
  const interactive = input.isTTY === true && typeof input.setRawMode === 'function';
  let buffer = '';
  let ended = false;
  let wake: (() => void) | undefined;
  const onData = (chunk: string | Buffer): void => {
    buffer += chunk.toString();
    wake?.();
  };
  const onEnd = (): void => {
    ended = true;
    wake?.();
  };
  input.setEncoding('utf8');
  input.on('data', onData);
  input.on('end', onEnd);

  /** Consumes the buffer; returns the finished line, `null` when cancelled, `undefined` when more is needed. */
  const consume = (line: { text: string }): string | null | undefined => {
    while (buffer.length > 0) {
      const char = buffer.charAt(0);
      buffer = buffer.slice(1);
      if (char === '\r' || char === '\n') {
        if (char === '\r' && buffer.startsWith('\n')) buffer = buffer.slice(1);
        return line.text;
      }
      if (interactive && (char === interrupt || (char === endOfTransmission && line.text === ''))) return null;
      if (backspaces.has(char)) {
        line.text = [...line.text].slice(0, -1).join('');
      } else if (char >= ' ') {
        line.text += char;
      }
    }
    return undefined;
  };

  return {
    interactive,
    async readLine() {
      if (interactive) input.setRawMode?.(true);
      input.resume();
      try {
        const line = { text: '' };
        for (;;) {
          const result = consume(line);
          if (result === null) return undefined;
          if (result !== undefined) return result;
          if (ended) return line.text === '' ? undefined : line.text;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
        }
      } finally {
        if (interactive) input.setRawMode?.(false);
        input.pause();
      }
    },
    close() {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    },
  };
}

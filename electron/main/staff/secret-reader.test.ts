import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSecretReader, type SecretInput } from './secret-reader.ts';

/** A fake terminal: records raw-mode switches. */
function terminal() {
  const stream = new PassThrough();
  const rawModes: boolean[] = [];
  const input = Object.assign(stream, {
    isTTY: true,
    setRawMode: (mode: boolean) => rawModes.push(mode),
  }) satisfies SecretInput;
  return { input, rawModes };
}

describe('createSecretReader on a terminal', () => {
  it('reads a line in raw mode, keystroke by keystroke, and leaves raw mode afterwards', async () => {
    const { input, rawModes } = terminal();
    const reader = createSecretReader(input);
    const line = reader.readLine();
    for (const key of ['4', '8', '2', '9', '\r']) input.write(key);
    await expect(line).resolves.toBe('4829');
    expect(reader.interactive).toBe(true);
    expect(rawModes).toEqual([true, false]);
    reader.close();
  });

  it('handles Backspace and ignores other control characters', async () => {
    const { input } = terminal();
    const reader = createSecretReader(input);
    const line = reader.readLine();
    input.write('12\u007f3\b\u00014\t56\r');
    await expect(line).resolves.toBe('1456');
  });

  it('cancels on Ctrl+C, and on Ctrl+D at the start of a line', async () => {
    const { input, rawModes } = terminal();
    const reader = createSecretReader(input);
    const first = reader.readLine();
    input.write('12\u0003');
    await expect(first).resolves.toBeUndefined();
    const second = reader.readLine();
    input.write('\u0004');
    await expect(second).resolves.toBeUndefined();
    expect(rawModes).toEqual([true, false, true, false]);
  });

  it('keeps what was typed ahead for the next line', async () => {
    const { input } = terminal();
    const reader = createSecretReader(input);
    input.write('1234\r5678\r');
    await expect(reader.readLine()).resolves.toBe('1234');
    await expect(reader.readLine()).resolves.toBe('5678');
  });
});

describe('createSecretReader on a pipe', () => {
  it('reads lines ending in LF or CRLF, then undefined at the end', async () => {
    const input = new PassThrough();
    const reader = createSecretReader(input);
    input.end('1234\r\n5678\n90');
    expect(reader.interactive).toBe(false);
    await expect(reader.readLine()).resolves.toBe('1234');
    await expect(reader.readLine()).resolves.toBe('5678');
    await expect(reader.readLine()).resolves.toBe('90');
    await expect(reader.readLine()).resolves.toBeUndefined();
  });

  it('treats Ctrl+C as an ordinary ignored byte when not on a terminal', async () => {
    const input = new PassThrough();
    const reader = createSecretReader(input);
    input.end('12\u000334\n');
    await expect(reader.readLine()).resolves.toBe('1234');
  });
});

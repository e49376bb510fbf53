import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runHashPin } from './hash-pin-command.ts';
import type { SecretInput } from './secret-reader.ts';
import { verifyPin } from './pin-hash.ts';

function sink() {
  let text = '';
  return {
    write(chunk: string) {
      text += chunk;
    },
    get text() {
      return text;
    },
  };
}

/** Runs the command on the given input; `fakeHash` stands in for scrypt where the hash itself does not matter. */
async function run(input: SecretInput, type: (input: PassThrough) => void, fakeHash = true) {
  const output = sink();
  const messages = sink();
  const done = runHashPin({
    input,
    output,
    messages,
    ...(fakeHash ? { hash: async (pin: string) => `hash-of-${pin.length}-digits` } : {}),
  });
  type(input as PassThrough);
  return { code: await done, output: output.text, messages: messages.text };
}

function terminal(): SecretInput {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
}

describe('runHashPin', () => {
  it('prints a hash of the piped PIN that verifies, and nothing else on standard output', async () => {
    const result = await run(new PassThrough(), (input) => input.end('482913\n'), false);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^scrypt\$32768\$8\$1\$[^$]+\$[^$]+\n$/);
    expect(await verifyPin('482913', result.output.trim())).toBe(true);
    expect(result.messages).not.toContain('482913');
  });

  it('asks twice on a terminal and prints the hash when both agree, never the PIN', async () => {
    const result = await run(terminal(), (input) => {
      input.write('2468\r');
      setImmediate(() => input.write('2468\r'));
    });
    expect(result).toMatchObject({ code: 0, output: 'hash-of-4-digits\n' });
    expect(result.messages).toContain('seconde fois');
    expect(result.messages + result.output).not.toContain('2468');
  });

  it('refuses when the two entries differ', async () => {
    const result = await run(terminal(), (input) => {
      input.write('2468\r');
      setImmediate(() => input.write('2469\r'));
    });
    expect(result).toMatchObject({ code: 1, output: '' });
    expect(result.messages).toContain('diffèrent');
  });

  it.each([
    ['too short', '123\n'],
    ['letters', '12ab\n'],
    ['too long', '123456789\n'],
  ])('refuses a PIN %s with a French message', async (_name, typed) => {
    const result = await run(new PassThrough(), (input) => input.end(typed));
    expect(result).toMatchObject({ code: 1, output: '' });
    expect(result.messages).toContain('4 à 8 chiffres');
  });

  it('stops without a hash when the entry is cancelled or the input is empty', async () => {
    const cancelled = await run(terminal(), (input) => input.write('12\u0003'));
    expect(cancelled).toMatchObject({ code: 1, output: '' });
    expect(cancelled.messages).toContain('annulée');
    const empty = await run(new PassThrough(), (input) => input.end());
    expect(empty).toMatchObject({ code: 1, output: '' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxLogLineLength, sanitizeLogLine } from './log-line.ts';

describe('sanitizeLogLine', () => {
  it('keeps an ordinary line, accents and all', () => {
    expect(sanitizeLogLine('2025-09-02T08:00:00.000Z INFO config: using the bundled configuration (Lycée)')).toBe(
      '2025-09-02T08:00:00.000Z INFO config: using the bundled configuration (Lycée)',
    );
  });

  it('turns line breaks into spaces so one entry cannot forge another', () => {
    expect(sanitizeLogLine('a\nERROR forged\r\nb\rc\td\u2028e')).toBe('a ERROR forged b c d e');
  });

  it('strips other control characters and direction overrides', () => {
    expect(sanitizeLogLine('a\u0000b\u001b[31mc\u007fd\u0085e\u202ef\u2066g\u200fh')).toBe('ab[31mcd efgh');
  });

  it('replaces half a surrogate pair and keeps whole ones', () => {
    expect(sanitizeLogLine('a\ud800b')).toBe('a\ufffdb');
    expect(sanitizeLogLine('a\udc00b')).toBe('a\ufffdb');
    expect(sanitizeLogLine('中文 😀')).toBe('中文 😀');
  });

  it('cuts a long line to the limit, marking the cut', () => {
    const cut = sanitizeLogLine('x'.repeat(5_000));
    expect(cut).toHaveLength(maxLogLineLength);
    expect(cut.endsWith('x…')).toBe(true);
    expect(sanitizeLogLine('abcdef', 4)).toBe('abc…');
  });

  it('never cuts an emoji in half', () => {
    expect(sanitizeLogLine('ab😀cd', 4)).toBe('ab…');
  });

  it('always gives one line, within the limit, with no control character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (line, max) => {
        const clean = sanitizeLogLine(line, max);
        // eslint-disable-next-line no-control-regex -- checking that none is left.
        return clean.length <= max && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(clean);
      }),
    );
  });
});

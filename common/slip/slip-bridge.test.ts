import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { listPrintersRequestSchema, printSlipRequestSchema } from './slip-bridge.ts';

const valid = { path: ['who', 'cpge-not-concerned', 'recap'], language: 'fr' };

describe('printSlipRequestSchema', () => {
  it('accepts a path, a language and an optional format', () => {
    expect(v.safeParse(printSlipRequestSchema, valid).success).toBe(true);
    expect(v.safeParse(printSlipRequestSchema, { ...valid, language: 'zh-Hans', format: 'a4' }).success).toBe(true);
    expect(v.safeParse(printSlipRequestSchema, { ...valid, format: 'roll' }).success).toBe(true);
  });

  it.each([
    ['HTML instead of a path', { html: '<p>x</p>', language: 'fr' }],
    ['an extra field (no place for typed values)', { ...valid, nom: 'Dupont' }],
    ['a screen id that is not an id', { ...valid, path: ['who', '<script>'] }],
    ['an empty path', { ...valid, path: [] }],
    ['a bad language', { ...valid, language: 'français' }],
    ['a language the kiosk has no texts for', { ...valid, language: 'de' }],
    ['an unknown format', { ...valid, format: 'letter' }],
    ['a path too long', { ...valid, path: Array.from({ length: 201 }, () => 'who') }],
  ])('refuses %s', (_name, payload) => {
    expect(v.safeParse(printSlipRequestSchema, payload).success).toBe(false);
  });
});

describe('listPrintersRequestSchema', () => {
  it('takes no payload', () => {
    expect(v.safeParse(listPrintersRequestSchema, undefined).success).toBe(true);
    expect(v.safeParse(listPrintersRequestSchema, {}).success).toBe(false);
  });
});

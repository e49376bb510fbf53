import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph, GuideTexts } from './guide-schema.ts';
import { completeFromFrench } from './language-fallback.ts';
import { textProblems } from './validate-guide.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../resources/guide/${path}`, import.meta.url), 'utf8')) as T;
const graph = read<GuideGraph>('guide.json');
const french = read<GuideTexts>('texts/fr.json');
const english = read<GuideTexts>('texts/en.json');

describe('completeFromFrench', () => {
  it('keeps a complete translation as it is, with no gap', () => {
    const result = completeFromFrench(graph, english, french);
    expect(result.gaps).toEqual([]);
    expect(result.texts).toEqual(english);
  });

  it('falls back to French for the missing keys only, and reports each gap', () => {
    const broken = structuredClone(english);
    delete broken.ui.back;
    delete broken.screens['route-sms']?.steps?.code;
    const result = completeFromFrench(graph, broken, french);
    expect(result.texts.ui.back).toBe(french.ui.back);
    expect(result.texts.ui.restart).toBe(english.ui.restart);
    expect(result.texts.screens['route-sms']?.steps?.code).toBe(french.screens['route-sms']?.steps?.code);
    expect(result.texts.screens['route-sms']?.steps?.mobile).toBe(english.screens['route-sms']?.steps?.mobile);
    expect(result.gaps.length).toBe(2);
    expect(textProblems(graph, result.texts)).toEqual([]);
  });
});

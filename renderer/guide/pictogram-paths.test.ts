import { describe, expect, it } from 'vitest';
import { pictogramPaths } from './pictogram-paths.ts';

describe('pictogramPaths', () => {
  it('starts every stroke with an absolute move, so a pictogram’s strokes can be drawn as one path', () => {
    for (const [name, strokes] of Object.entries(pictogramPaths)) {
      expect(strokes.length, name).toBeGreaterThan(0);
      for (const stroke of strokes) expect(stroke, name).toMatch(/^M-?\d/);
    }
  });
});

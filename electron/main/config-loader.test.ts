import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config-loader.ts';
import { createLogger } from './log.ts';

const bundledText = readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');

function files(map: Record<string, string>) {
  return async (file: string): Promise<string> => {
    const text = map[file];
    if (text === undefined) throw new Error('ENOENT');
    return text;
  };
}

describe('loadConfig', () => {
  it('uses the bundled default without an override', async () => {
    const snapshot = await loadConfig(files({ '/b.json': bundledText }), '/b.json', undefined, createLogger(() => undefined));
    expect(snapshot.source).toBe('bundled');
  });

  it('uses the bundled default and logs field names only when the override is wrong', async () => {
    const lines: string[] = [];
    const override = bundledText.replace('secretariat-2c.0690026d@ac-lyon.fr', 'secret value not an email');
    const snapshot = await loadConfig(
      files({ '/b.json': bundledText, '/o.json': override }),
      '/b.json',
      '/o.json',
      createLogger((line) => lines.push(line)),
    );
    expect(snapshot.source).toBe('bundled');
    expect(lines.join('\n')).toContain('contacts.secretariat.email');
    expect(lines.join('\n')).not.toContain('secret value');
  });

  it('reports a missing override file and keeps running on the default', async () => {
    const snapshot = await loadConfig(files({ '/b.json': bundledText }), '/b.json', '/missing.json', createLogger(() => undefined));
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.problems).toEqual([{ field: '', expected: 'un fichier de configuration lisible' }]);
  });
});

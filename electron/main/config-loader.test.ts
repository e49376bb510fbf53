import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config-loader.ts';
import { createLogger } from './log.ts';

const bundledText = readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');

function files(map: Record<string, string>) {
  return async (file: string): Promise<string> => {
    const text = map[file];
    if (text === undefined) throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
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
      { path: '/o.json', optional: false },
      createLogger((line) => lines.push(line)),
    );
    expect(snapshot.source).toBe('bundled');
    expect(lines.join('\n')).toContain('contacts.secretariat.email');
    expect(lines.join('\n')).not.toContain('secret value');
  });

  it('reports a missing override file and keeps running on the default', async () => {
    const snapshot = await loadConfig(files({ '/b.json': bundledText }), '/b.json', { path: '/missing.json', optional: false }, createLogger(() => undefined));
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.problems).toEqual([{ field: '', expected: 'un fichier de configuration lisible' }]);
  });

  it('runs on the default without a problem when the fixed place of an installed kiosk holds no file', async () => {
    const snapshot = await loadConfig(files({ '/b.json': bundledText }), '/b.json', { path: '/etc/borne-educonnect/school.json', optional: true }, createLogger(() => undefined));
    expect(snapshot).toMatchObject({ source: 'bundled', problems: [] });
  });

  it('uses the file at the fixed place when there is one, and reports one it cannot read', async () => {
    const school = bundledText.replace('Lycée du Parc', 'Lycée Ampère');
    const fixed = { path: '/etc/borne-educonnect/school.json', optional: true };
    const used = await loadConfig(files({ '/b.json': bundledText, [fixed.path]: school }), '/b.json', fixed, createLogger(() => undefined));
    expect(used.source).toBe('override');
    expect(used.config.school.name).toBe('Lycée Ampère');
    const denied = async (file: string): Promise<string> => {
      if (file === '/b.json') return bundledText;
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    const refused = await loadConfig(denied, '/b.json', fixed, createLogger(() => undefined));
    expect(refused.problems).toEqual([{ field: '', expected: 'un fichier de configuration lisible' }]);
  });
});

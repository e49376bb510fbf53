import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseConfig } from './config-snapshot.ts';
import { parseSchoolConfig } from './school-config.ts';

const bundledText = readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');
const bundled = JSON.parse(bundledText) as Record<string, unknown>;

function withChange(change: (config: Record<string, Record<string, unknown>>) => void): string {
  const copy = structuredClone(bundled) as Record<string, Record<string, unknown>>;
  change(copy);
  return JSON.stringify(copy);
}

describe('the bundled Lycée du Parc configuration', () => {
  it('is valid', () => {
    const result = parseSchoolConfig(bundledText);
    expect(result.ok).toBe(true);
  });

  it('uses the corrected ENT domain and the school UAI for Pronote', () => {
    const result = parseSchoolConfig(bundledText);
    if (!result.ok) throw new Error('bundled configuration invalid');
    expect(result.config.addresses.entLogin).toBe('https://cas.ent.auvergnerhonealpes.fr/login?selection=EDU');
    expect(result.config.addresses.pronote).toContain('0690026d.index-education.net');
    expect(bundledText).not.toContain('auvergnernhonealpes');
  });
});

describe('choosing the configuration', () => {
  it('lets a valid override win over the bundled default', () => {
    const override = withChange((c) => {
      (c.school as Record<string, unknown>).name = 'Lycée Ampère';
    });
    const snapshot = chooseConfig(bundledText, { kind: 'read', text: override });
    expect(snapshot.source).toBe('override');
    expect(snapshot.config.school.name).toBe('Lycée Ampère');
    expect(snapshot.problems).toEqual([]);
  });

  it('falls back to the bundled default when the override is not JSON, and says so', () => {
    const snapshot = chooseConfig(bundledText, { kind: 'read', text: '{ not json' });
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.config.school.name).toBe('Lycée du Parc');
    expect(snapshot.problems).toEqual([{ field: '', expected: 'un fichier JSON valide' }]);
  });

  it('falls back to the bundled default when the override cannot be read', () => {
    const snapshot = chooseConfig(bundledText, { kind: 'unreadable' });
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.problems).toHaveLength(1);
  });

  it.each([
    ['an invalid e-mail', (c: Record<string, Record<string, unknown>>) => {
      ((c.contacts as Record<string, Record<string, unknown>>).secretariat as Record<string, unknown>).email = 'pas-un-mail';
    }, 'contacts.secretariat.email', 'une adresse e-mail valide'],
    ['a plain http address', (c: Record<string, Record<string, unknown>>) => {
      (c.addresses as Record<string, unknown>).entLogin = 'http://cas.ent.auvergnerhonealpes.fr/';
    }, 'addresses.entLogin', 'une adresse qui commence par https://'],
    ['a timeout out of range', (c: Record<string, Record<string, unknown>>) => {
      (c.timeouts as Record<string, unknown>).idleSeconds = 3;
    }, 'timeouts.idleSeconds', 'au moins 20 secondes'],
    ['a bad host pattern', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).allowedHosts = ['educonnect.education.gouv.fr', 'https://evil.example/'];
    }, 'allowedHosts.1', 'un nom d’hôte en minuscules (exemple.fr) ou une règle *.exemple.fr'],
    ['a nested wildcard host pattern', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).allowedHosts = ['educonnect.education.gouv.fr', 'app.franceconnect.gouv.fr', '*.*.fr'];
    }, 'allowedHosts.2', 'un nom d’hôte en minuscules (exemple.fr) ou une règle *.exemple.fr'],
    ['an upper-case host pattern with a trailing space', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).allowedHosts = ['educonnect.education.gouv.fr', '*.index-education.net', 'app.franceconnect.gouv.fr', 'EVIL.fr '];
    }, 'allowedHosts.3', 'un nom d’hôte en minuscules (exemple.fr) ou une règle *.exemple.fr'],
    ['a suffix rule for a whole top-level domain', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).allowedHosts = ['*.fr'];
    }, 'allowedHosts.0', 'un nom d’hôte en minuscules (exemple.fr) ou une règle *.exemple.fr'],
    ['an unknown mode', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).mode = 'party';
    }, 'mode', 'public, staff ou demonstration'],
    ['an unknown reach', (c: Record<string, Record<string, unknown>>) => {
      (c as Record<string, unknown>).reach = 'wall';
    }, 'reach', 'standing (borne à hauteur de bureau) ou floor-portrait (borne sur pied, en portrait)'],
    ['a malformed UAI', (c: Record<string, Record<string, unknown>>) => {
      (c.school as Record<string, unknown>).uai = '069';
    }, 'school.uai', 'un code UAI (7 chiffres et une lettre majuscule)'],
  ])('rejects %s, naming the field and what was expected', (_name, change, field, expected) => {
    const snapshot = chooseConfig(bundledText, { kind: 'read', text: withChange(change) });
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.problems).toContainEqual({ field, expected });
  });

  it('reads the screen’s reach, standing unless set', () => {
    expect(chooseConfig(bundledText, { kind: 'none' }).config.reach).toBe('standing');
    const floor = chooseConfig(bundledText, { kind: 'read', text: withChange((c) => ((c as Record<string, unknown>).reach = 'floor-portrait')) });
    expect(floor.problems).toEqual([]);
    expect(floor.config.reach).toBe('floor-portrait');
  });

  it('throws when the bundled default itself is broken (caught by this suite before release)', () => {
    expect(() => chooseConfig('{}', { kind: 'none' })).toThrow(/Bundled configuration is invalid/);
  });
});

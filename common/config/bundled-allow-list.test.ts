import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../navigation-policy.ts';
import { parseSchoolConfig, type SchoolConfig } from './school-config.ts';

const bundledText = readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');

function bundledConfig(): SchoolConfig {
  const result = parseSchoolConfig(bundledText);
  if (!result.ok) throw new Error('bundled configuration invalid');
  return result.config;
}

/** Addresses that never open in the portal: shown as QR codes or links on the recap slip only. */
const outsidePortal = new Set<keyof SchoolConfig['addresses']>(['assistance', 'pronoteApp']);

const { addresses, allowedHosts } = bundledConfig();
const portalAddresses = Object.entries(addresses).filter(([name]) => !outsidePortal.has(name as keyof SchoolConfig['addresses']));

describe('the bundled allow-list', () => {
  it('covers every address the portal opens', () => {
    expect(portalAddresses.map(([name]) => name).sort()).toEqual(['educonnect', 'educonnectLogout', 'entLogin', 'pronote']);
  });

  it.each(portalAddresses)('allows addresses.%s (%s)', (_name, url) => {
    expect(isAllowedUrl(url, allowedHosts)).toBe(true);
  });

  it.each([
    ['EduConnect', 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO'],
    ['EduConnect account pages', 'https://moncompte.educonnect.education.gouv.fr/'],
    ['FranceConnect v1', 'https://app.franceconnect.gouv.fr/api/v1/authorize'],
    ['FranceConnect v2', 'https://oidc.franceconnect.gouv.fr/api/v2/authorize'],
    ['impots.gouv.fr', 'https://idp.impots.gouv.fr/'],
    ['ameli.fr', 'https://fc.ameli.fr/'],
    ["L'Identité Numérique La Poste", 'https://lidentitenumerique.laposte.fr/'],
    ['MSA', 'https://monespaceprive.msa.fr/'],
    ['France Identité', 'https://app.france-identite.gouv.fr/'],
    ['the regional ENT', 'https://ent.auvergnerhonealpes.fr/'],
    ['a lycée on the regional ENT', 'https://lycee-du-parc.ent.auvergnerhonealpes.fr/'],
    ['Pronote', 'https://0690026d.index-education.net/pronote/'],
  ])('allows the %s hosts the portal needs (%s)', (_name, url) => {
    expect(isAllowedUrl(url, allowedHosts)).toBe(true);
  });

  it.each([
    ['the assistance site, which opens nowhere in the portal', addresses.assistance],
    ['the Pronote app page, which opens nowhere in the portal', addresses.pronoteApp],
    ['the bare Pronote domain', 'https://index-education.net/'],
    ['a search engine', 'https://www.google.com/'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedUrl(url, allowedHosts)).toBe(false);
  });
});

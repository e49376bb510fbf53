import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph, GuideTexts } from './guide-schema.ts';

const graph = JSON.parse(readFileSync(new URL('../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;
const texts = JSON.parse(readFileSync(new URL('../../resources/guide/texts/fr.json', import.meta.url), 'utf8')) as GuideTexts;

/** Everything a parent reads on a screen, in French. */
function wordsOf(screenId: string): string {
  const own = texts.screens[screenId];
  if (own === undefined) return '';
  // The tutorial's wording is matched with ordinary spaces; the texts use narrow no-break ones.
  return [own.title, own.body, own.action, ...Object.values(own.answers ?? {}), ...Object.values(own.steps ?? {})].join(' ').replace(/\u202F/g, ' ');
}

/**
 * Each numbered point of the school's tutorial (sections 1–7) and the screen(s) that carry it,
 * with words those screens must contain so the mapping cannot silently go stale.
 */
const tutorial: readonly { section: string; point: string; screens: readonly string[]; mentions: RegExp }[] = [
  { section: '1', point: 'EduConnect is for the legal representatives of seconde, première, terminale students', screens: ['who'], mentions: /seconde, première et terminale/ },
  { section: '1', point: 'parents of CPGE students are not concerned', screens: ['cpge-not-concerned'], mentions: /CPGE/ },
  { section: '1', point: 'since the 2023 school year the ENT opens only with EduConnect', screens: ['has-account'], mentions: /rentrée 2023/ },
  { section: '2', point: 'EduConnect opens the ENT, and so Pronote', screens: ['has-account', 'ent-access'], mentions: /ENT/ },
  { section: '3', point: 'the portal first asks for the profile, shown as "Représentant légal" on its pages (figures 5 and 6)', screens: ['route-franceconnect', 'route-sms', 'route-letter', 'forgot-id', 'forgot-password'], mentions: /« Représentant légal »/ },
  { section: '3', point: 'activate the account at the first connection', screens: ['activation-choice'], mentions: /activer/ },
  { section: '3', point: 'reset the identifiant or password by mail or phone', screens: ['forgot-id', 'forgot-password'], mentions: /« Par SMS » ou « Par mail »/ },
  { section: '4', point: 'three activation routes, self-enrolment preferred', screens: ['activation-choice'], mentions: /tout de suite/ },
  { section: '4.1', point: 'route 1: self-enrolment with FranceConnect', screens: ['route-franceconnect'], mentions: /« S’identifier avec FranceConnect »/ },
  { section: '4.2', point: 'route 2: "Je n’ai pas de compte" with the mobile number given at enrolment', screens: ['route-sms'], mentions: /« Je n’ai pas de compte ».*donné au lycée/s },
  { section: '4.3', point: 'route 3: identifiant and password sent by the lycée (e-mail or letter)', screens: ['route-letter'], mentions: /identifiant et un mot de passe provisoire.*par e-mail.*par lettre/s },
  { section: '4.3', point: 'route 3: otherwise collected at the secretariat second cycle with an ID document', screens: ['letter-missing'], mentions: /\{secretariatName\}.*pièce d’identité/s },
  { section: '5.1', point: 'step 1: look for the September e-mail in the inbox and the spam folder', screens: ['trouble-step1'], mentions: /spam/ },
  { section: '5.1', point: 'step 1: try self-enrolment (FranceConnect or the mobile number)', screens: ['trouble-step1'], mentions: /FranceConnect/ },
  { section: '5.2', point: 'step 2: nom, prénom, mobile and e-mail must match the school’s database (Siècle)', screens: ['trouble-step2'], mentions: /Siècle/ },
  { section: '5.2', point: 'step 2: ask the secretariat second cycle to check', screens: ['trouble-step2'], mentions: /secrétariat \(\{secretariatName\}\) de vérifier.*\{secretariatEmail\}/s },
  { section: '5.2', point: 'example 1: the mobile number used must be the one in Siècle', screens: ['trouble-step2'], mentions: /SMS n’arrive pas/ },
  { section: '5.2', point: 'example 2: was an e-mail given, is it right, is it still read', screens: ['trouble-step2'], mentions: /ne la consultez plus/ },
  { section: '5.2', point: 'if nothing works, the secretariat passes the file to the référent numérique', screens: ['trouble-step2'], mentions: /\{referentName\}/ },
  { section: '5.3', point: 'Pronote link inactive: write to the "Correspondant ENT" through the ENT messaging', screens: ['pronote-link-broken'], mentions: /\{referentRecipient\}.*messagerie|messagerie.*\{referentRecipient\}/s },
  { section: '6', point: 'forgotten identifiant: needs the phone or e-mail known to the school', screens: ['forgot-id'], mentions: /« Identifiant oublié »/ },
  { section: '6', point: 'forgotten password: needs the identifiant and the phone or e-mail', screens: ['forgot-password'], mentions: /« Mot de passe oublié ».*identifiant/s },
  { section: '6', point: 'figure 6: "Je contacte l’école ou l’établissement" to get the identifiant back from the school', screens: ['forgot-id'], mentions: /« Je contacte l’école ou l’établissement ».*\{secretariatName\}/s },
  { section: '1', point: 'figure 1: the online assistance of the ministry for EduConnect', screens: ['trouble-step2'], mentions: /\{assistanceAddress\}/ },
  { section: '1', point: 'the former ENT profile without EduConnect is gone', screens: ['has-account'], mentions: /anciens identifiants de l’ENT ne marchent plus/ },
  { section: '4.2', point: 'figure 5: a number outside metropolitan France is written with its regional code', screens: ['route-sms'], mentions: /hors de France métropolitaine \(La Réunion, Guadeloupe, Martinique, Guyane, Mayotte…\).*indicatif régional/s },
  { section: '4.2', point: 'the new account shows the identifiant, then a password and a confirmed e-mail address', screens: ['route-sms'], mentions: /affiche votre identifiant.*mot de passe.*adresse e-mail/s },
  { section: '7', point: 'the ENT login with the EduConnect profile leads to EduConnect', screens: ['ent-access'], mentions: /« Elève ou parent »/ },
  { section: '7', point: 'from the ENT home page, the Pronote link', screens: ['ent-access'], mentions: /lien Pronote/ },
  { section: '7', point: 'install the Pronote app and pair it with the QR code shown in Pronote web', screens: ['pronote-app'], mentions: /QR code/ },
];

describe('the guide covers the school’s tutorial', () => {
  it.each(tutorial)('§$section $point', ({ screens, mentions }) => {
    const ids = new Set(graph.screens.map((s) => s.id));
    for (const screen of screens) expect(ids.has(screen), screen).toBe(true);
    expect(screens.map(wordsOf).join(' ')).toMatch(mentions);
  });

  it('uses the corrected ENT domain, never the tutorial’s typo', () => {
    const all = JSON.stringify(texts) + readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');
    expect(all).not.toContain('auvergnernhonealpes');
  });
});

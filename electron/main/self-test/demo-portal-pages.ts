/**
 * The demonstration portal as the self-test uses it: the pages the checks load, on the host the
 * Electron kiosk serves the simulated EduConnect on. The self-test runs in demonstration mode
 * (`selfTestConfig`), where every visit opens on the demo portal's home page.
 */
import { demoPortalHost, demoPortalOrigin } from '../../../common/demo-portal/demo-host.ts';

export { demoPortalHost };

/** The address of one demo page (`connexion.html` → `https://educonnect.demo.invalid/connexion.html`). */
export function demoPage(file: string): string {
  return `${demoPortalOrigin}/${file}`;
}

/** The pages the checks use. */
export const demoPages = {
  /** The home page (where every visit opens); it leaves a flag in every store on load. */
  home: demoPage('index.html'),
  /** Shows which stores hold data; writes nothing. */
  state: demoPage('state.html'),
  /** The login page: an identifiant field and a password field. */
  login: demoPage('connexion.html'),
  /** Route 2: nom, prénom and the mobile number (a `tel` field). */
  activation: demoPage('activation.html'),
  /** Route 2: the children's birth dates (three fields each: day, month, year). */
  birthDates: demoPage('dates-naissance.html'),
  /** A page asking for a document: a file input and a print button. */
  proof: demoPage('justificatif.html'),
} as const;

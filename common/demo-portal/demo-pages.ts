/**
 * Where each portal target opens in the demo portal: the simulated EduConnect profile choice, the
 * simulated ENT login, and the simulated Pronote parent space. Shared by the browser preview (demo
 * portal on a loopback port) and the Electron kiosk (demo portal on `educonnect.demo.invalid`).
 */
import type { PortalTarget } from '../portal/portal-types.ts';

/** The demo portal page of each target, as a path on the demo origin. */
export const demoPagePaths: Readonly<Record<PortalTarget, string>> = {
  educonnect: '/',
  entLogin: '/ent.html',
  pronote: '/pronote.html',
};

/** The full address of a target's page on the demo origin. */
export function demoPageUrl(origin: string, target: PortalTarget): string {
  return new URL(demoPagePaths[target], origin).href;
}

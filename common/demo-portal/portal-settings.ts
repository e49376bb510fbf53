/**
 * The addresses and allow-list the Electron portal uses, by kiosk mode. In `demonstration` mode
 * the portal shows the simulated EduConnect the kiosk serves itself on `educonnect.demo.invalid`
 * (offline, never the real site); in `public` and `staff` modes it shows the configuration's own
 * addresses under its own allow-list. The printed slip is not concerned: it always carries the
 * real addresses, which a parent at a parent evening needs at home.
 */
import type { SchoolConfig } from '../config/school-config.ts';
import { type PortalTarget, portalTargets } from '../portal/portal-types.ts';
import { demoWipePath } from '../preview/preview-endpoints.ts';
import { demoPortalHost, demoPortalOrigin } from './demo-host.ts';
import { demoPageUrl } from './demo-pages.ts';

/** What the Electron portal needs from the configuration and the mode. */
export interface PortalSettings {
  /** The address each portal target opens. */
  readonly targets: Readonly<Record<PortalTarget, string>>;
  /** The address loaded in the visitor's session at the end of a visit (sign-out). */
  readonly logoutUrl: string;
  /** The hosts the portal may show (see `isAllowedUrl`). */
  readonly allowedHosts: readonly string[];
  /** True when the kiosk must serve the demo portal in the visitor's session. */
  readonly demonstration: boolean;
}

/** The parts of the configuration the portal settings depend on. */
export type PortalSettingsSource = Pick<SchoolConfig, 'mode' | 'addresses' | 'allowedHosts'>;

function targetsFrom(address: (target: PortalTarget) => string): Readonly<Record<PortalTarget, string>> {
  return Object.freeze(Object.fromEntries(portalTargets.map((target) => [target, address(target)])) as Record<PortalTarget, string>);
}

/** The demonstration mode's settings: the demo pages, the demo end-of-visit page, the demo host only. */
export const demonstrationPortalSettings: PortalSettings = Object.freeze({
  targets: targetsFrom((target) => demoPageUrl(demoPortalOrigin, target)),
  logoutUrl: new URL(demoWipePath, demoPortalOrigin).href,
  allowedHosts: Object.freeze([demoPortalHost]),
  demonstration: true,
});

/** The portal settings for a configuration, by its mode. */
export function portalSettingsFor(config: PortalSettingsSource): PortalSettings {
  if (config.mode === 'demonstration') return demonstrationPortalSettings;
  return Object.freeze({
    targets: targetsFrom((target) => config.addresses[target]),
    logoutUrl: config.addresses.educonnectLogout,
    allowedHosts: Object.freeze([...config.allowedHosts]),
    demonstration: false,
  });
}

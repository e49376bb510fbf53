/**
 * Where the Electron kiosk serves the simulated EduConnect in demonstration mode. `.invalid` is a
 * top-level domain reserved never to exist on the internet, so this address can never reach a
 * real server: when the kiosk does not answer it itself, it fails instead of leaving the building.
 */

/** The demo portal's host name in the Electron kiosk. */
export const demoPortalHost = 'educonnect.demo.invalid';

/** The demo portal's origin in the Electron kiosk (no trailing slash). */
export const demoPortalOrigin = `https://${demoPortalHost}`;

/**
 * Where each portal target opens in the demo portal. The table lives in `common/demo-portal/`,
 * shared with the Electron kiosk's demonstration mode; the preview imports it from here.
 */
export { demoPagePaths, demoPageUrl } from '../../../common/demo-portal/demo-pages.ts';

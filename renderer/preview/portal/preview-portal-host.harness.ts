// Test harness, bundled by the spec and loaded into the real preview page (same origin, so under
// the host page's real CSP): the preview portal host, with its events recorded for the test.
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { createPreviewPortalHost } from './preview-portal-host.ts';

const events: PortalEvent[] = [];
const host = createPreviewPortalHost({ container: document.body });
host.onEvent((event) => events.push(event));
Object.assign(window, { portalHarness: { host, events } });

import type { OverrideFile } from '../config/config-snapshot.ts';

/** Where the preview server publishes the configuration files (bundled and override). */
export const previewConfigEndpoint = '/__preview/config';

/** What the preview server answers at `previewConfigEndpoint`: the files, as text, unvalidated. */
export interface PreviewConfigFiles {
  readonly bundled: string;
  readonly override: OverrideFile;
}

/** Where the preview server publishes the guide files of `resources/guide/`, as they are on disk. */
export const previewGuidePrefix = '/__preview/guide/';

/** Where the preview server publishes the attract screen's invitation in each language. */
export const previewInvitationsEndpoint = '/__preview/invitations';

/** Where the preview server publishes the demo portal's origin (it is served on a second origin). */
export const previewPortalEndpoint = '/__preview/portal';

/** What the preview server answers at `previewPortalEndpoint`. */
export interface PreviewPortalInfo {
  /** The demo portal's origin, e.g. `http://127.0.0.1:41234` — the only host the preview portal allows. */
  readonly origin: string;
}

/**
 * On the demo portal's origin: the end-of-visit page. It answers
 * `Clear-Site-Data: "cookies", "storage", "cache"`, and the portal agent it carries empties and
 * checks each store, then reports names and timings (never contents) to the host page.
 */
export const demoWipePath = '/__wipe';

/** On the demo portal's origin: the portal agent script the preview server injects into its pages. */
export const demoAgentPath = '/__borne/portal-agent.js';

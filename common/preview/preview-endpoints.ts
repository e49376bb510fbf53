import type { OverrideFile } from '../config/config-snapshot.ts';

/** Where the preview server publishes the configuration files (bundled and override). */
export const previewConfigEndpoint = '/__preview/config';

/** What the preview server answers at `previewConfigEndpoint`: the files, as text, unvalidated. */
export interface PreviewConfigFiles {
  readonly bundled: string;
  readonly override: OverrideFile;
}

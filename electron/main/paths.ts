import path from 'node:path';

/** Where the kiosk finds its own files. */
export interface AppPaths {
  /** The bundled host preload script. */
  readonly hostPreload: string;
  /** The bundled portal preload script (focus kind and activity only). */
  readonly portalPreload: string;
  /** The built renderer served on `app://kiosk/`. */
  readonly renderer: string;
  /** School configuration, guide and demo portal (editable without rebuilding). */
  readonly resources: string;
}

/**
 * Resolves the kiosk's paths. `buildDir` is the folder of the compiled main script; packaged
 * builds keep `resources/` outside the asar archive, next to it, so a référent can edit it.
 */
export function resolveAppPaths(buildDir: string, isPackaged: boolean, resourcesPath: string): AppPaths {
  return {
    hostPreload: path.join(buildDir, 'preload-host.cjs'),
    portalPreload: path.join(buildDir, 'preload-portal.cjs'),
    renderer: path.join(buildDir, '..', 'renderer'),
    resources: isPackaged ? path.join(resourcesPath, 'resources') : path.join(buildDir, '..', '..', 'resources'),
  };
}

import * as v from 'valibot';

/** Which shell hosts the renderer: the real Electron kiosk or the browser preview. */
export const shellKinds = ['electron', 'preview'] as const;

/** How the kiosk is being used right now. */
export const kioskModes = ['public', 'staff', 'demonstration'] as const;

/** Schema of the version and mode information the shell reports. */
export const appInfoSchema = v.strictObject({
  productName: v.string(),
  version: v.string(),
  shell: v.picklist(shellKinds),
  mode: v.picklist(kioskModes),
  /** True when the window is locked full screen (packaged build or `--kiosk`). */
  kiosk: v.boolean(),
});

/** Version and mode information reported by the shell. */
export type AppInfo = v.InferOutput<typeof appInfoSchema>;

/** A kiosk usage mode. */
export type KioskMode = (typeof kioskModes)[number];

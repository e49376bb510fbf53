/**
 * The Electron fuses the packaged kiosk must carry: a copy of `electronFuses` in
 * `electron-builder.yml` (a unit test keeps the two equal), since that file does not ship with
 * the kiosk. Names are electron-builder's.
 */
export const expectedFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  grantFileProtocolExtraPrivileges: false,
  enableCookieEncryption: true,
} as const satisfies Readonly<Record<string, boolean>>;

/** The name of a fuse, as electron-builder spells it. */
export type FuseName = keyof typeof expectedFuses;

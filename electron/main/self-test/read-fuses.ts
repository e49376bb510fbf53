/**
 * The Electron fuses of an executable, read from the file with `@electron/fuses` (the library
 * electron-builder flips them with), by electron-builder's names.
 */
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { FuseName } from './expected-fuses.ts';
import type { FuseReading } from './self-test-kiosk.ts';

/** Where each fuse sits in the wire, by electron-builder's name. */
export const fuseIndexes: Readonly<Record<FuseName, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** The byte of each fuse state in the wire (`FuseState` of `@electron/fuses`, not exported by it). */
const stateBytes: ReadonlyMap<number, FuseReading> = new Map([
  [0x30, 'disabled'],
  [0x31, 'enabled'],
  [0x72, 'removed'],
  [0x90, 'inherit'],
]);

/** The fuses of `executable` (`process.execPath` of the packaged kiosk); a fuse the wire lacks is left out. */
export async function readFuses(executable: string): Promise<Record<string, FuseReading>> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Readonly<Record<number, number | undefined>>;
  const readout: Record<string, FuseReading> = {};
  for (const [name, index] of Object.entries(fuseIndexes)) {
    const reading = stateBytes.get(wire[index] ?? -1);
    if (reading !== undefined) readout[name] = reading;
  }
  return readout;
}

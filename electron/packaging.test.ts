import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { electronEntries, electronOutDir } from '../tooling/lib/electron-entries.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = yaml.load(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against the schema electron-builder ships', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('writes to release/ and turns the dangerous fuses off', () => {
    expect(config.directories).toMatchObject({ output: 'release' });
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps resources/ editable outside the archive', () => {
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }]);
  });
});

describe('the Electron build', () => {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { main?: unknown };

  it('writes the main process where package.json\'s "main" names it, from the main process entry', () => {
    const source = Object.entries(electronEntries).find(([name]) => packageJson.main === `${electronOutDir}/${name}.cjs`)?.[1];
    expect(source).toBe('electron/main/electron-main.ts');
    expect(existsSync(new URL(`../${source ?? ''}`, import.meta.url))).toBe(true);
  });

  it('packages every file the Electron build writes', () => {
    expect(config.files).toContain(`${electronOutDir}/**`);
  });
});

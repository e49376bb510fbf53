import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chromiumLaunchOptions, findChromium, windowedSources, type ChromiumLookup } from './chromium.ts';
import type { NpmChromium } from './npm-chromium.ts';

const playwrightOwn = '/cache/ms-playwright/chromium-1/chrome-linux/chrome';
const npmBuild: NpmChromium = {
  executablePath: '/repo/node_modules/.cache/borne-chromium-153.0.0/chromium',
  env: { FONTCONFIG_FILE: '/repo/node_modules/.cache/borne-chromium-153.0.0/fonts.conf' },
  args: ['--no-sandbox'],
};

/** A machine holding exactly `files`, with the npm build installed unless told otherwise. */
function machine(files: readonly string[], env: NodeJS.ProcessEnv, npmInstalled = true) {
  const npmChromium = vi.fn(() => Promise.resolve(npmInstalled ? npmBuild : undefined));
  const lookup: Partial<ChromiumLookup> = {
    env,
    exists: (file) => files.includes(file),
    playwrightExecutable: () => playwrightOwn,
    npmChromium,
  };
  return { lookup, npmChromium };
}

const systemPath = ['/usr/local/bin', '/usr/bin'].join(path.delimiter);

describe('findChromium, in order: CHROMIUM_PATH, Playwright’s download, the system’s, npm', () => {
  it('takes CHROMIUM_PATH first, even when every other source has one', async () => {
    const { lookup, npmChromium } = machine(['/opt/chrome', playwrightOwn, '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome', PATH: systemPath });
    expect(await findChromium(lookup)).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome' });
    expect(npmChromium).not.toHaveBeenCalled();
  });

  it('passes over a CHROMIUM_PATH that does not exist, to Playwright’s own download', async () => {
    const { lookup } = machine([playwrightOwn, '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/gone', PATH: systemPath });
    expect(await findChromium(lookup)).toMatchObject({ source: 'playwright', executablePath: playwrightOwn });
  });

  it('then takes the system’s, by name order and then PATH order, without unpacking the npm build', async () => {
    const { lookup, npmChromium } = machine(['/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/local/bin/chromium'], { PATH: systemPath });
    expect(await findChromium(lookup)).toMatchObject({ source: 'system', executablePath: '/usr/local/bin/chromium', env: {}, args: [] });
    expect(npmChromium).not.toHaveBeenCalled();
  });

  it('falls back to the npm build, with its environment and flags, when the machine has none', async () => {
    const { lookup, npmChromium } = machine([], { PATH: systemPath });
    expect(await findChromium(lookup)).toEqual({ ...npmBuild, source: 'npm' });
    expect(npmChromium).toHaveBeenCalledOnce();
  });

  it('finds nothing when the npm build is not installed either', async () => {
    const { lookup } = machine([], { PATH: systemPath }, false);
    expect(await findChromium(lookup)).toBeUndefined();
  });

  it('tries only the source BORNE_CHROMIUM names', async () => {
    const files = ['/opt/chrome', playwrightOwn, '/usr/bin/chromium'];
    const forcedNpm = machine(files, { CHROMIUM_PATH: '/opt/chrome', PATH: systemPath, BORNE_CHROMIUM: 'npm' });
    expect(await findChromium(forcedNpm.lookup)).toMatchObject({ source: 'npm', executablePath: npmBuild.executablePath });
    const forcedSystem = machine(files, { CHROMIUM_PATH: '/opt/chrome', PATH: systemPath, BORNE_CHROMIUM: 'system' });
    expect(await findChromium(forcedSystem.lookup)).toMatchObject({ source: 'system', executablePath: '/usr/bin/chromium' });
    const forcedMissing = machine([], { PATH: systemPath, BORNE_CHROMIUM: 'playwright' });
    expect(await findChromium(forcedMissing.lookup)).toBeUndefined();
  });

  it('refuses a BORNE_CHROMIUM that names no source', async () => {
    const { lookup } = machine([], { BORNE_CHROMIUM: 'firefox' });
    await expect(findChromium(lookup)).rejects.toThrow(/BORNE_CHROMIUM=firefox names no Chromium source/);
  });

  it('leaves the headless npm build out when a window is needed', async () => {
    const { lookup, npmChromium } = machine([], { PATH: systemPath });
    expect(await findChromium({ ...lookup, sources: windowedSources })).toBeUndefined();
    expect(npmChromium).not.toHaveBeenCalled();
  });
});

describe('chromiumLaunchOptions', () => {
  it('adds the npm build’s flags and environment to the usual ones, once each', () => {
    const options = chromiumLaunchOptions({ ...npmBuild, source: 'npm' });
    expect(options.executablePath).toBe(npmBuild.executablePath);
    expect(options.args).toContain('--no-sandbox');
    expect(options.args).toContain('--disable-background-networking');
    expect(options.args.filter((arg) => arg === '--no-sandbox')).toHaveLength(1);
    expect(options.env.FONTCONFIG_FILE).toBe(npmBuild.env.FONTCONFIG_FILE);
    expect(options.env.PATH).toBe(process.env.PATH);
  });
});

// Finds a Chromium for the preview window, the e2e tests and the benchmarks, on a machine where
// Playwright's own browser download may be impossible and no Chromium may be installed: the last
// resort is the one that `npm ci` brought (npm-chromium.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { unpackNpmChromium, type NpmChromium } from './npm-chromium.ts';

/** Where a Chromium can come from, in the order they are tried. */
export const chromiumSources = ['CHROMIUM_PATH', 'playwright', 'system', 'npm'] as const;

/** One of {@link chromiumSources}. */
export type ChromiumSource = (typeof chromiumSources)[number];

/** The sources whose Chromium can open a window: the npm one is a headless-only build. */
export const windowedSources: readonly ChromiumSource[] = ['CHROMIUM_PATH', 'playwright', 'system'];

/** A Chromium executable, where it was found, and what its process needs. */
export interface FoundChromium {
  readonly executablePath: string;
  readonly source: ChromiumSource;
  /** Environment to add to the browser process's (empty but for the npm build). */
  readonly env: Readonly<Record<string, string>>;
  /** Flags to add to {@link chromiumArgs} (empty but for the npm build). */
  readonly args: readonly string[];
}

/** What {@link findChromium} looks at; each part can be replaced, so a test owns the machine. */
export interface ChromiumLookup {
  /** `CHROMIUM_PATH`, `PATH` and `BORNE_CHROMIUM` are read from it. */
  readonly env: NodeJS.ProcessEnv;
  readonly exists: (file: string) => boolean;
  /** Where Playwright's own download would be, if it knows. */
  readonly playwrightExecutable: () => string | undefined;
  /** Unpacks the npm Chromium; called only when every earlier source failed. */
  readonly npmChromium: () => Promise<NpmChromium | undefined>;
  /** The sources to try, in order. */
  readonly sources: readonly ChromiumSource[];
}

const systemNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function playwrightExecutable(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const machine: ChromiumLookup = {
  env: process.env,
  exists: existsSync,
  playwrightExecutable,
  npmChromium: () => unpackNpmChromium(),
  sources: chromiumSources,
};

function isSource(value: string): value is ChromiumSource {
  return (chromiumSources as readonly string[]).includes(value);
}

function onPath(name: string, envPath: string, exists: (file: string) => boolean): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

async function fromSource(source: ChromiumSource, lookup: ChromiumLookup): Promise<FoundChromium | undefined> {
  const found = (executablePath: string | undefined): FoundChromium | undefined =>
    executablePath === undefined ? undefined : { executablePath, source, env: {}, args: [] };
  switch (source) {
    case 'CHROMIUM_PATH': {
      const fromEnv = lookup.env.CHROMIUM_PATH;
      return found(fromEnv !== undefined && fromEnv !== '' && lookup.exists(fromEnv) ? fromEnv : undefined);
    }
    case 'playwright': {
      const own = lookup.playwrightExecutable();
      return found(own !== undefined && lookup.exists(own) ? own : undefined);
    }
    case 'system':
      for (const name of systemNames) {
        const onThisPath = onPath(name, lookup.env.PATH ?? '', lookup.exists);
        if (onThisPath !== undefined) return found(onThisPath);
      }
      return undefined;
    case 'npm': {
      const npm = await lookup.npmChromium();
      return npm === undefined ? undefined : { ...npm, source };
    }
  }
}

/**
 * Looks for Chromium, in order: `CHROMIUM_PATH`, Playwright's own download, the system's
 * (`chromium`, `chromium-browser`, `google-chrome` on PATH), then the headless build shipped by
 * the `@sparticuz/chromium` npm package with the npm fonts (unpacked on first use). Setting
 * `BORNE_CHROMIUM` to one of {@link chromiumSources} tries that source only, e.g.
 * `BORNE_CHROMIUM=npm` to run the tests as a machine without any Chromium would.
 *
 * @throws when `BORNE_CHROMIUM` names no source.
 */
export async function findChromium(replaced: Partial<ChromiumLookup> = {}): Promise<FoundChromium | undefined> {
  const lookup: ChromiumLookup = { ...machine, ...replaced };
  const forced = lookup.env.BORNE_CHROMIUM;
  if (forced !== undefined && forced !== '' && !isSource(forced)) {
    throw new Error(`BORNE_CHROMIUM=${forced} names no Chromium source; use one of: ${chromiumSources.join(', ')}.`);
  }
  const sources = forced === undefined || forced === '' ? lookup.sources : lookup.sources.filter((source) => source === forced);
  for (const source of sources) {
    const found = await fromSource(source, lookup);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The one-line instruction printed when no Chromium is found. */
export const missingChromiumMessage =
  'No Chromium found: run `npm ci` (it brings a headless Chromium, @sparticuz/chromium, and its fonts), install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

/**
 * Flags that keep Chromium quiet on a closed network and runnable as root: no background
 * networking, updates, sync or first-run prompts; no sandbox when running as root.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/** Playwright launch options for a found Chromium: its executable, its flags, its environment. */
export function chromiumLaunchOptions(found: FoundChromium | undefined): {
  executablePath: string | undefined;
  args: string[];
  env: Record<string, string | undefined>;
} {
  const args = [...chromiumArgs(), ...(found?.args ?? [])];
  return { executablePath: found?.executablePath, args: [...new Set(args)], env: { ...process.env, ...found?.env } };
}

// Finds a Chromium for the preview window, the e2e tests and the benchmarks, on a machine where
// Playwright's own browser download may be impossible.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** A Chromium executable and where it was found. */
export interface FoundChromium {
  readonly executablePath: string;
  readonly source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

const systemNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name: string, envPath: string): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Looks for Chromium, in order: `CHROMIUM_PATH`, Playwright's own download, the system's
 * (`chromium`, `chromium-browser`, `google-chrome` on PATH).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) {
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  let playwrightOwn: string | undefined;
  try {
    playwrightOwn = chromium.executablePath();
  } catch {
    playwrightOwn = undefined;
  }
  if (playwrightOwn !== undefined && existsSync(playwrightOwn)) return { executablePath: playwrightOwn, source: 'playwright' };
  for (const name of systemNames) {
    const found = onPath(name, env.PATH ?? '');
    if (found !== undefined) return { executablePath: found, source: 'system' };
  }
  return undefined;
}

/** The one-line instruction printed when no Chromium is found. */
export const missingChromiumMessage =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

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

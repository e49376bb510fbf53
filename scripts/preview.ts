// `npm run preview`: builds the renderer with the preview bridge, serves it on 127.0.0.1 and opens
// it in a Chromium app window when Chromium is found; otherwise prints the address.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium, windowedSources } from '../tooling/lib/chromium.ts';
import { configOverridePath } from '../tooling/lib/preview-server-endpoints.ts';
import { startPreviewServer } from '../tooling/lib/preview-server.ts';
import { npmRun } from '../tooling/lib/run.ts';

if ((await npmRun('build:preview')) !== 0) process.exit(1);

const port = Number(process.env.PORT ?? '4173');
const server = await startPreviewServer({ port, overridePath: configOverridePath() });
process.stdout.write(`Preview shell running at ${server.url}, demo portal at ${server.demoOrigin}/ (Ctrl+C to stop)\n`);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
// The npm Chromium is headless only: the window needs an installed one.
const browser = process.argv.includes('--no-open') || !hasDisplay ? undefined : await findChromium({ sources: windowedSources });
if (browser === undefined) {
  process.stdout.write(`Open ${server.url} in Chrome or Chromium (touch emulation recommended).\n`);
} else {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'borne-preview-'));
  const child = spawn(
    browser.executablePath,
    [...chromiumArgs(), `--user-data-dir=${profile}`, `--app=${server.url}`, '--window-size=1080,1920', '--touch-events=enabled'],
    { stdio: 'ignore' },
  );
  child.on('exit', (code) => {
    if (code === 0) {
      void server.close().then(() => process.exit(0));
      return;
    }
    process.stdout.write(`Chromium could not open a window; open ${server.url} yourself.\n`);
  });
}

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

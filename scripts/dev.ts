// `npm run dev`: the renderer on Vite's dev server with hot reload. With an Electron runtime,
// the kiosk window loads it; without one, open the printed address in Chromium (preview bridge).
import { createServer } from 'vite';
import { installedElectron } from '../tooling/lib/electron-runtime.ts';
import { npmRun, run } from '../tooling/lib/run.ts';

const electron = installedElectron();
const server = await createServer({ mode: electron === undefined ? 'preview' : 'kiosk' });
await server.listen();
const url = server.resolvedUrls?.local[0];
if (url === undefined) throw new Error('Vite did not report an address');

if (electron === undefined) {
  process.stdout.write(`No Electron runtime: the preview shell runs at ${url} with hot reload.\n`);
} else {
  if ((await npmRun('build:electron')) !== 0) process.exit(1);
  const code = await run(electron, ['.', `--dev-server-url=${url}`]);
  await server.close();
  process.exit(code);
}

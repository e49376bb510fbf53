// The preview shell's static server: the built renderer (preview mode) on 127.0.0.1, with the
// kiosk's Content-Security-Policy and the preview endpoints.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { handlePreviewEndpoint, repoRoot } from './preview-endpoints.mjs';

/** The folder `vite build --mode preview` writes. */
export const previewBuildDir = path.join(repoRoot, 'build', 'preview');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The preview's Content-Security-Policy: the kiosk's, unchanged. */
export const previewCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

/**
 * Starts the preview server. Port 0 picks a free port.
 * @param {{ port?: number, root?: string, overridePath?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPreviewServer(options = {}) {
  const root = options.root ?? previewBuildDir;
  const server = http.createServer((request, response) => {
    void (async () => {
      if (await handlePreviewEndpoint(request, response, options.overridePath)) return;
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await resolveFile(root, pathname);
      if (file === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': contentTypes[/** @type {keyof typeof contentTypes} */ (path.extname(file))] ?? 'application/octet-stream',
        'Content-Security-Policy': previewCsp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${String(address.port)}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

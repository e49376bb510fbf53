// The preview shell's static server: the built renderer (preview mode) on 127.0.0.1, with the
// kiosk's Content-Security-Policy and the preview endpoints.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../common/security/content-security-policy.ts';
import { handlePreviewEndpoint, repoRoot } from './preview-endpoints.ts';

/** The folder `vite build --mode preview` writes. */
export const previewBuildDir = path.join(repoRoot, 'build', 'preview');

const contentTypes: Readonly<Record<string, string>> = {
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

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() === true ? file : undefined;
}

/** Options of the preview server. */
export interface PreviewServerOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The built preview folder. */
  readonly root?: string;
  /** A configuration override file, as `--config` gives it to the kiosk. */
  readonly overridePath?: string | undefined;
}

/** A running preview server. */
export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the preview server on 127.0.0.1. */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? previewBuildDir;
  const csp = contentSecurityPolicy();
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
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${String(address.port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

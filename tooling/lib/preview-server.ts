// The preview shell's static server: the built renderer (preview mode) on 127.0.0.1, with the
// kiosk's Content-Security-Policy and the preview endpoints; and, on a second port, the demo
// portal the preview's portal frames (the only origin the host page's `frame-src` allows).
import { createReadStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../common/security/content-security-policy.ts';
import { handleDemoPortalEndpoint } from './demo-portal-endpoint.ts';
import { startDemoPortalServer } from './demo-portal-server.ts';
import { bundlePortalAgent } from './portal-agent-bundle.ts';
import { handlePreviewEndpoint, repoRoot } from './preview-server-endpoints.ts';
import { contentTypeOf, resolveFile } from './static-files.ts';

/** The folder `vite build --mode preview` writes. */
export const previewBuildDir = path.join(repoRoot, 'build', 'preview');

/** Options of the preview server. */
export interface PreviewServerOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** TCP port of the demo portal on 127.0.0.1; 0 (the default) picks a free one. */
  readonly demoPort?: number;
  /** The built preview folder. */
  readonly root?: string;
  /** A configuration override file, as `--config` gives it to the kiosk. */
  readonly overridePath?: string | undefined;
}

/** A running preview server. */
export interface PreviewServer {
  /** The host page's address, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  /** The demo portal's origin, e.g. `http://127.0.0.1:41234`. */
  readonly demoOrigin: string;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('preview server has no TCP address'));
      else resolve(address.port);
    });
  });
}

/** Starts the preview server and its demo portal on 127.0.0.1. */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? previewBuildDir;
  const agentScript = await bundlePortalAgent();
  // Until the demo portal listens: no portal endpoint, and a host page that frames nothing.
  const portal: { origin?: string; csp: string } = { csp: contentSecurityPolicy() };
  const server = http.createServer((request, response) => {
    void (async () => {
      if (portal.origin !== undefined && handleDemoPortalEndpoint(request, response, portal.origin)) return;
      if (await handlePreviewEndpoint(request, response, options.overridePath)) return;
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await resolveFile(root, pathname);
      if (file === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': portal.csp,
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
  const port = await listen(server, options.port ?? 0);
  const hostOrigin = `http://127.0.0.1:${String(port)}`;
  const closeHost = (): Promise<void> =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const demo = await startDemoPortalServer({ hostOrigin, agentScript, port: options.demoPort ?? 0 }).catch(
    async (error: unknown) => {
      await closeHost();
      throw error;
    },
  );
  portal.origin = demo.origin;
  portal.csp = contentSecurityPolicy({ frameSources: [demo.origin] });
  return {
    url: `${hostOrigin}/`,
    demoOrigin: demo.origin,
    close: async () => {
      await Promise.all([closeHost(), demo.close()]);
    },
  };
}

// The preview's demo portal server: `resources/demo-portal/` on its own origin of 127.0.0.1 (a
// second port), with a strict Content-Security-Policy, the portal agent injected into every page,
// and the end-of-visit page `/__wipe` that answers `Clear-Site-Data`.
//
// Why a second port of 127.0.0.1 (and not `localhost` against `127.0.0.1`): another port is
// another origin, so the demo's localStorage, sessionStorage, IndexedDB and cache are its own, and
// the host page can check `event.origin`; but it is the same site (scheme and host), so Chromium
// treats the framed demo as first-party: its cookies are set and sent (SameSite=Lax works), its
// storage is not partitioned under the host page, and the same stores are seen when a test opens
// the demo origin directly. `localhost` would be another site: a third-party iframe whose Lax
// cookies are refused and whose storage is partitioned by the top-level site.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { demoPortalCsp as demoCspFramedBy, assertPlainOrigin, clearSiteDataValue, demoPortalHeaders } from '../../common/demo-portal/demo-headers.ts';
import {
  demoMethodNotAllowedContentType,
  demoMethodNotAllowedText,
  demoNotFoundContentType,
  demoNotFoundPage,
  demoPortalMethods,
} from '../../common/demo-portal/demo-error-pages.ts';
import { assembleDemoPage, isDemoPageFile } from '../../common/demo-portal/demo-page-assembly.ts';
import { resolveDemoPortalRoute } from '../../common/demo-portal/demo-route.ts';
import { demoAgentPath } from '../../common/preview/preview-endpoints.ts';
import { repoRoot } from './preview-server-endpoints.ts';

/** The demo portal's files. */
export const demoPortalDir = path.join(repoRoot, 'resources', 'demo-portal');

/** What `/__wipe` asks the browser to erase for the demo origin (the Electron kiosk sends the same). */
export { clearSiteDataValue };

/**
 * The demo pages' Content-Security-Policy in the preview: the kiosk's own (everything from the
 * demo origin only, no inline script, no eval, forms posted only to itself), except that the
 * host page may frame them.
 */
export function demoPortalCsp(hostOrigin: string): string {
  return demoCspFramedBy(hostOrigin);
}

/**
 * Adds the portal agent to a demo page, just before `</head>`. `data-host-origin` tells the agent
 * the only origin it talks to.
 */
export function injectPortalAgent(html: string, hostOrigin: string): string {
  const tag = `<script src="${demoAgentPath}" data-host-origin="${assertPlainOrigin(hostOrigin)}" defer></script>`;
  const at = html.search(/<\/head>/i);
  return at < 0 ? `${tag}\n${html}` : `${html.slice(0, at)}  ${tag}\n  ${html.slice(at)}`;
}

/** Options of the demo portal server. */
export interface DemoPortalServerOptions {
  /** The host page's origin: the only one allowed to frame the demo, and the agent's only peer. */
  readonly hostOrigin: string;
  /** The bundled portal agent script. */
  readonly agentScript: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The demo portal's folder. */
  readonly root?: string;
}

/** A running demo portal server. */
export interface DemoPortalServer {
  /** Its origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

/**
 * The demo portal's request handler. Which file a path names is decided by the same resolver as
 * in the Electron kiosk (`resolveDemoPortalRoute`), and a page is assembled by the same function
 * (`assembleDemoPage`); the preview adds only the portal agent.
 */
export function demoPortalHandler(options: DemoPortalServerOptions): Handler {
  const root = options.root ?? demoPortalDir;
  const headers = demoPortalHeaders(options.hostOrigin);
  const fileOf = (name: string): string => path.join(root, ...name.split('/'));
  const isRegularFile = async (file: string): Promise<boolean> => (await stat(file).catch(() => undefined))?.isFile() === true;
  const readText = async (name: string): Promise<string | undefined> => {
    const file = fileOf(name);
    return (await isRegularFile(file)) ? readFile(file, 'utf8') : undefined;
  };

  const send = (response: http.ServerResponse, status: number, type: string, body: string, head: boolean, extra: Record<string, string> = {}): void => {
    response.writeHead(status, { ...headers, 'Content-Type': type, ...extra });
    response.end(head ? undefined : body);
  };
  const notFound = (response: http.ServerResponse, head: boolean): void => {
    send(response, 404, demoNotFoundContentType, injectPortalAgent(demoNotFoundPage, options.hostOrigin), head);
  };

  return async (request, response) => {
    const head = request.method === 'HEAD';
    if (request.method === undefined || !demoPortalMethods.includes(request.method)) {
      send(response, 405, demoMethodNotAllowedContentType, demoMethodNotAllowedText, head, { Allow: demoPortalMethods.join(', ') });
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === demoAgentPath) {
      send(response, 200, 'text/javascript; charset=utf-8', options.agentScript, head);
      return;
    }
    const route = resolveDemoPortalRoute(pathname);
    if (route.kind === 'not-found') {
      notFound(response, head);
      return;
    }
    const extra: Record<string, string> = route.clearSiteData ? { 'Clear-Site-Data': clearSiteDataValue } : {};
    if (isDemoPageFile(route.file)) {
      const page = await assembleDemoPage(route.file, readText);
      if (page.kind !== 'page') notFound(response, head);
      else send(response, 200, route.contentType, injectPortalAgent(page.html, options.hostOrigin), head, extra);
      return;
    }
    const file = fileOf(route.file);
    if (!(await isRegularFile(file))) {
      notFound(response, head);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': route.contentType, ...extra });
    if (head) response.end();
    else createReadStream(file).pipe(response);
  };
}

/** Starts the demo portal server on 127.0.0.1. */
export async function startDemoPortalServer(options: DemoPortalServerOptions): Promise<DemoPortalServer> {
  const handle = demoPortalHandler(options);
  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('demo portal server has no TCP address');
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The demo portal inside a visitor's session: the `https:` handler that answers requests for
 * `educonnect.demo.invalid` from the demo portal's folder, offline, and hands every other request
 * back to the session's own network stack unchanged.
 *
 * Pages are assembled from the shared template and their page file (`assembleDemoPage`, as in
 * the preview), and no portal agent is injected (in Electron the portal preload does that job). The origin is a plain `https:` one, a standard secure scheme for
 * Chromium, so the pages are a secure context with cookies, localStorage, sessionStorage and
 * IndexedDB, with no `registerSchemesAsPrivileged` entry.
 */
import { demoPortalHost } from '../../../common/demo-portal/demo-host.ts';
import { clearSiteDataValue, demoPortalHeaders } from '../../../common/demo-portal/demo-headers.ts';
import {
  demoMethodNotAllowedContentType,
  demoMethodNotAllowedText,
  demoNotFoundContentType,
  demoNotFoundPage,
  demoPortalMethods,
} from '../../../common/demo-portal/demo-error-pages.ts';
import { assembleDemoPage, isDemoPageFile } from '../../../common/demo-portal/demo-page-assembly.ts';
import { resolveDemoPortalRoute } from '../../../common/demo-portal/demo-route.ts';

/**
 * Reads a file of the demo portal's folder, given relative with `/` separators (as the route
 * resolver names it); undefined when there is no such file. It may also reject: either way the
 * visitor gets the not-found page.
 */
export type DemoFileReader = (file: string) => Promise<Uint8Array<ArrayBuffer> | undefined>;

/** The options of a request sent on to the network: past every custom handler, `https` included. */
export interface PassThroughInit {
  readonly bypassCustomProtocolHandlers: true;
}

/** The visitor session's own `fetch` (Electron's `Session.fetch`), bound to that session. */
export type SessionFetch = (request: Request, init: PassThroughInit) => Promise<Response>;

/** What the handler is built from. */
export interface DemoPortalHandlerOptions {
  readonly readFile: DemoFileReader;
  /**
   * Sends a request that is not for the demo host to the network. It must be the visitor
   * session's own fetch, never the global `net.fetch`: that one uses the default session, so a
   * page's request would leave with the default session's cookies, cache and connections instead
   * of its own, and what the server answers (cookies included) would land outside the visitor's
   * partition, where the end-of-visit wipe never looks.
   */
  readonly fetch: SessionFetch;
}

/** A `protocol.handle` handler. */
export type DemoPortalRequestHandler = (request: Request) => Promise<Response>;

/** The scheme the handler is installed on. */
export const demoPortalScheme = 'https';

/** True when `url` is on the demo host (one trailing dot, the DNS root, is the same host). */
export function isDemoPortalUrl(url: URL): boolean {
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  return url.protocol === `${demoPortalScheme}:` && host === demoPortalHost;
}

const securityHeaders = demoPortalHeaders();

function respond(status: number, contentType: string, body: BodyInit, head: boolean, extra: Record<string, string> = {}): Response {
  return new Response(head ? null : body, { status, headers: { ...securityHeaders, 'Content-Type': contentType, ...extra } });
}

/** Reads a file, turning a rejection (or a reader that throws) into "no such file". */
async function readOrUndefined(readFile: DemoFileReader, file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** The demo's files are UTF-8: a page that is not is no page (the visitor gets the not-found page). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body of the file a route names: a page assembled from its template, any other file as it is. */
async function bodyOf(readFile: DemoFileReader, file: string): Promise<BodyInit | undefined> {
  if (!isDemoPageFile(file)) return readOrUndefined(readFile, file);
  const assembly = await assembleDemoPage(file, async (name) => {
    const bytes = await readOrUndefined(readFile, name);
    return bytes === undefined ? undefined : utf8.decode(bytes);
  });
  return assembly.kind === 'page' ? assembly.html : undefined;
}

/** Answers one request for the demo host. Never rejects. */
async function answerDemoRequest(request: Request, url: URL, readFile: DemoFileReader): Promise<Response> {
  const head = request.method === 'HEAD';
  if (!demoPortalMethods.includes(request.method)) {
    return respond(405, demoMethodNotAllowedContentType, demoMethodNotAllowedText, false, { Allow: demoPortalMethods.join(', ') });
  }
  // A port or user name is not the demo origin's form: nothing is served for it.
  const plain = url.port === '' && url.username === '' && url.password === '';
  const route = plain ? resolveDemoPortalRoute(url.pathname) : ({ kind: 'not-found' } as const);
  if (route.kind === 'file') {
    const body = await bodyOf(readFile, route.file);
    if (body !== undefined) {
      return respond(200, route.contentType, body, head, route.clearSiteData ? { 'Clear-Site-Data': clearSiteDataValue } : {});
    }
  }
  return respond(404, demoNotFoundContentType, demoNotFoundPage, head);
}

/**
 * The `https:` handler of one visitor session in demonstration mode: the demo host is answered
 * from the demo portal's folder (GET and HEAD only; a missing file is the not-found page, never a
 * failed load); any other request goes on untouched through the session's own fetch, past this
 * handler. A network failure there is reported to Chromium as a network error, as it would be
 * without the handler (and the handler's promise never rejects, so Electron logs nothing).
 */
export function createDemoPortalHandler(options: DemoPortalHandlerOptions): DemoPortalRequestHandler {
  return async (request) => {
    const url = new URL(request.url);
    if (isDemoPortalUrl(url)) return answerDemoRequest(request, url, options.readFile);
    try {
      return await options.fetch(request, { bypassCustomProtocolHandlers: true });
    } catch {
      return Response.error();
    }
  };
}

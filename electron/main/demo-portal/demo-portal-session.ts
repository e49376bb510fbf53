/**
 * Turns the demo portal on or off in one visitor session. Sessions come from a small pool and are
 * reused from one visitor to the next, and the kiosk's mode can change between two visitors, so
 * each visit start says which state its session must be in; this module remembers which sessions
 * carry its handler and changes only what differs.
 */
import type { Protocol } from 'electron';
import { createDemoPortalHandler, type DemoFileReader, demoPortalScheme, type PassThroughInit } from './demo-portal-handler.ts';

/** The members of a session's protocol the demo portal uses. */
export type DemoPortalProtocol = Pick<Protocol, 'handle' | 'unhandle' | 'isProtocolHandled'>;

/** The members of a visitor session the demo portal uses (an Electron `Session` fits). */
export interface DemoPortalSession {
  readonly protocol: DemoPortalProtocol;
  /** The session's own fetch (`Session.fetch`). */
  fetch(request: Request, init: PassThroughInit): Promise<Response>;
}

/** What `syncDemoPortal` did. */
export type DemoPortalSyncOutcome =
  /** The handler was installed on the session. */
  | 'installed'
  /** The handler was removed from the session; `https` goes to the network again. */
  | 'removed'
  /** The session was already as asked. */
  | 'unchanged'
  /** Something else already handles `https` in this session: it was left alone, no demo portal. */
  | 'refused'
  /** Electron refused to install or remove the handler (see the session's state). */
  | 'failed';

/** What installing the demo portal takes. */
export interface DemoPortalSyncOptions {
  readonly readFile: DemoFileReader;
}

/**
 * The protocols that carry our handler. Keyed on the protocol object (one per Electron session,
 * and what `handle` changes), so that a caller passing a fresh wrapper around the same session
 * each time is still recognised. Weak: a session dropped from the pool is forgotten with it.
 */
const installed = new WeakSet<DemoPortalProtocol>();

function install(session: DemoPortalSession, options: DemoPortalSyncOptions): DemoPortalSyncOutcome {
  const { protocol } = session;
  if (protocol.isProtocolHandled(demoPortalScheme)) {
    if (installed.has(protocol)) return 'unchanged';
    return 'refused';
  }
  const handler = createDemoPortalHandler({
    readFile: options.readFile,
    // Called on the session itself, so that `this` is that session: see `DemoPortalHandlerOptions.fetch`.
    fetch: (request, init) => session.fetch(request, init),
  });
  try {
    protocol.handle(demoPortalScheme, handler);
  } catch {
    return 'failed';
  }
  installed.add(protocol);
  return 'installed';
}

function uninstall(session: DemoPortalSession): DemoPortalSyncOutcome {
  const { protocol } = session;
  if (!installed.has(protocol)) return 'unchanged';
  if (!protocol.isProtocolHandled(demoPortalScheme)) {
    installed.delete(protocol);
    return 'unchanged';
  }
  try {
    protocol.unhandle(demoPortalScheme);
  } catch {
    return 'failed';
  }
  installed.delete(protocol);
  return 'removed';
}

/**
 * Puts one visitor session in the asked state: `enabled` (demonstration mode) installs the demo
 * portal's `https:` handler once; not enabled (`public`, `staff`) removes it if this module had
 * installed it, and otherwise registers nothing at all. Idempotent; never throws. Call it at each
 * visit start, before the first page of the visit is loaded.
 */
export function syncDemoPortal(session: DemoPortalSession, enabled: boolean, options: DemoPortalSyncOptions): DemoPortalSyncOutcome {
  return enabled ? install(session, options) : uninstall(session);
}

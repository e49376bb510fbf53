import { readFileSync } from 'node:fs';
import type { Session } from 'electron';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { parseSchoolConfig, type SchoolConfig } from '../../../common/config/school-config.ts';
import { demoPageTemplateFile } from '../../../common/demo-portal/demo-page-assembly.ts';
import { portalSettingsFor } from '../../../common/demo-portal/portal-settings.ts';
import type { DemoFileReader, DemoPortalRequestHandler, PassThroughInit } from './demo-portal-handler.ts';
import { type DemoPortalSession, syncDemoPortal } from './demo-portal-session.ts';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * A session's protocol as Electron 45 behaves for a built-in scheme: `handle` intercepts it and
 * throws when it already is, `unhandle` throws when it is not, `isProtocolHandled` says which.
 */
class FakeProtocol {
  readonly handlers = new Map<string, Handler>();
  readonly journal: string[] = [];

  handle = vi.fn((scheme: string, handler: Handler) => {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.journal.push(`handle ${scheme}`);
    this.handlers.set(scheme, handler);
  });

  unhandle = vi.fn((scheme: string) => {
    if (!this.handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
    this.journal.push(`unhandle ${scheme}`);
  });

  isProtocolHandled = vi.fn((scheme: string) => this.handlers.has(scheme));

  /** Calls the handler installed for `https`, as Chromium would for a request of the session. */
  request(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get('https');
    if (handler === undefined) throw new Error('https is not handled');
    return Promise.resolve(handler(new Request(url, init)));
  }
}

/** A visitor session: its protocol and its own fetch (which must be called on it). */
class FakeSession implements DemoPortalSession {
  readonly protocol = new FakeProtocol();
  readonly fetched: string[] = [];

  fetch(request: Request, init: PassThroughInit): Promise<Response> {
    // Like Electron's Session.fetch, it only works called on its session.
    if (!(this instanceof FakeSession)) throw new TypeError('Illegal invocation');
    expect(init).toEqual({ bypassCustomProtocolHandlers: true });
    this.fetched.push(request.url);
    return Promise.resolve(new Response('from the network'));
  }
}

/** The profile choice's page file and a template that only frames its content. */
const demoFiles: Readonly<Record<string, string>> = { 'index.html': '<!--\ntitle: Accueil\n-->\n<p>Accueil</p>\n', [demoPageTemplateFile]: '<!--\n-->\n{{content}}\n' };
const readFile: DemoFileReader = (file) => Promise.resolve(Object.hasOwn(demoFiles, file) ? new TextEncoder().encode(demoFiles[file]) : undefined);
const options = { readFile };

const parsed = parseSchoolConfig(readFileSync(new URL('../../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled configuration is invalid');
const inMode = (mode: SchoolConfig['mode']): SchoolConfig => ({ ...parsed.config, mode });

describe('syncDemoPortal', () => {
  it('fits a real Electron session', () => {
    expectTypeOf<Session>().toExtend<DemoPortalSession>();
    expectTypeOf<DemoPortalRequestHandler>().toExtend<Parameters<Session['protocol']['handle']>[1]>();
  });

  it('installs the https handler once in demonstration mode, and serves the demo host from it', async () => {
    const session = new FakeSession();
    expect(syncDemoPortal(session, portalSettingsFor(inMode('demonstration')).demonstration, options)).toBe('installed');
    expect(session.protocol.handle).toHaveBeenCalledTimes(1);
    expect(session.protocol.handle).toHaveBeenCalledWith('https', expect.any(Function));
    const page = await session.protocol.request('https://educonnect.demo.invalid/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>Accueil</p>\n');
    expect(session.fetched).toEqual([]);
  });

  it('is idempotent: enabling again installs nothing more', () => {
    const session = new FakeSession();
    syncDemoPortal(session, true, options);
    expect(syncDemoPortal(session, true, options)).toBe('unchanged');
    expect(syncDemoPortal(session, true, options)).toBe('unchanged');
    expect(session.protocol.handle).toHaveBeenCalledTimes(1);
  });

  it.each(['public', 'staff'] as const)('registers nothing at all in %s mode', (mode) => {
    const session = new FakeSession();
    const enabled = portalSettingsFor(inMode(mode)).demonstration;
    expect(syncDemoPortal(session, enabled, options)).toBe('unchanged');
    expect(syncDemoPortal(session, enabled, options)).toBe('unchanged');
    expect(session.protocol.handle).not.toHaveBeenCalled();
    expect(session.protocol.unhandle).not.toHaveBeenCalled();
    expect(session.protocol.handlers.size).toBe(0);
  });

  it('removes the handler when the mode leaves demonstration between two visitors of a reused session, and puts it back after', async () => {
    const session = new FakeSession();
    syncDemoPortal(session, true, options);
    expect(syncDemoPortal(session, false, options)).toBe('removed');
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
    expect(syncDemoPortal(session, false, options)).toBe('unchanged');
    expect(syncDemoPortal(session, true, options)).toBe('installed');
    expect(session.protocol.journal).toEqual(['handle https', 'unhandle https', 'handle https']);
    expect((await session.protocol.request('https://educonnect.demo.invalid/')).status).toBe(200);
  });

  it('sends other hosts through the same visitor session, called on it, and never through another', async () => {
    const visitor = new FakeSession();
    const other = new FakeSession();
    syncDemoPortal(visitor, true, options);
    syncDemoPortal(other, true, options);
    const response = await visitor.protocol.request('https://www.example.com/');
    expect(await response.text()).toBe('from the network');
    expect(visitor.fetched).toEqual(['https://www.example.com/']);
    expect(other.fetched).toEqual([]);
  });

  it('keeps the state per session: two sessions of the pool in different modes', () => {
    const demo = new FakeSession();
    const real = new FakeSession();
    syncDemoPortal(demo, true, options);
    syncDemoPortal(real, false, options);
    expect(demo.protocol.isProtocolHandled('https')).toBe(true);
    expect(real.protocol.isProtocolHandled('https')).toBe(false);
    expect(syncDemoPortal(real, false, options)).toBe('unchanged');
    expect(demo.protocol.unhandle).not.toHaveBeenCalled();
  });

  it('recognises the session through a new wrapper object around the same protocol', () => {
    const session = new FakeSession();
    const wrap = (): DemoPortalSession => ({ protocol: session.protocol, fetch: (request, init) => session.fetch(request, init) });
    expect(syncDemoPortal(wrap(), true, options)).toBe('installed');
    expect(syncDemoPortal(wrap(), true, options)).toBe('unchanged');
    expect(syncDemoPortal(wrap(), false, options)).toBe('removed');
  });

  it("never takes over, nor removes, another module's https handler", () => {
    const session = new FakeSession();
    const theirs: Handler = () => new Response('theirs');
    session.protocol.handlers.set('https', theirs);
    expect(syncDemoPortal(session, true, options)).toBe('refused');
    expect(syncDemoPortal(session, false, options)).toBe('unchanged');
    expect(session.protocol.handlers.get('https')).toBe(theirs);
    expect(session.protocol.handle).not.toHaveBeenCalled();
    expect(session.protocol.unhandle).not.toHaveBeenCalled();
  });

  it('forgets its handler when something else removed it, and installs it again when asked', () => {
    const session = new FakeSession();
    syncDemoPortal(session, true, options);
    session.protocol.handlers.delete('https');
    expect(syncDemoPortal(session, true, options)).toBe('installed');
    session.protocol.handlers.delete('https');
    expect(syncDemoPortal(session, false, options)).toBe('unchanged');
    expect(session.protocol.unhandle).not.toHaveBeenCalled();
  });

  it('reports, never throws, when Electron refuses to install or remove the handler', () => {
    const session = new FakeSession();
    session.protocol.handle.mockImplementationOnce(() => {
      throw new Error('Failed to register protocol: https');
    });
    expect(syncDemoPortal(session, true, options)).toBe('failed');
    expect(syncDemoPortal(session, false, options)).toBe('unchanged');
    expect(syncDemoPortal(session, true, options)).toBe('installed');
    session.protocol.unhandle.mockImplementationOnce(() => {
      throw new Error('Failed to unhandle protocol: https');
    });
    expect(syncDemoPortal(session, false, options)).toBe('failed');
    expect(syncDemoPortal(session, false, options)).toBe('removed');
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAgentPath, previewPortalEndpoint } from '../../common/preview/preview-endpoints.ts';
import { startPreviewServer, type PreviewServer } from './preview-server.ts';

describe('the preview server and its demo portal', () => {
  let root: string;
  let server: PreviewServer;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'borne-preview-test-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>host</title>');
    server = await startPreviewServer({ root });
  }, 30_000);
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the demo portal on a second port of the same host', () => {
    const host = new URL(server.url);
    const demo = new URL(server.demoOrigin);
    expect(demo.hostname).toBe(host.hostname);
    expect(demo.port).not.toBe(host.port);
  });

  it('publishes the demo origin to the preview bridge', async () => {
    const response = await fetch(new URL(previewPortalEndpoint, server.url));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ origin: server.demoOrigin });
  });

  it("lets the host page frame exactly the demo origin and nothing else", async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    const frameSrc = csp.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('frame-src '));
    expect(frameSrc).toBe(`frame-src ${server.demoOrigin}`);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lets only the host page frame the demo, and serves the bundled agent there', async () => {
    const page = await fetch(`${server.demoOrigin}/`);
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(server.url).origin}`);
    const agent = await (await fetch(`${server.demoOrigin}${demoAgentPath}`)).text();
    expect(agent.length).toBeGreaterThan(1_000);
    expect(agent).toContain('borne-portal-agent');
  });
});

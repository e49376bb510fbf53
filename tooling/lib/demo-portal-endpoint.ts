// The host page's side of the demo portal: the endpoint that tells the preview bridge where the
// demo portal is, and the Vite plugin that runs a demo portal next to `npm run dev`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { previewPortalEndpoint, type PreviewPortalInfo } from '../../common/preview/preview-endpoints.ts';
import { startDemoPortalServer, type DemoPortalServer } from './demo-portal-server.ts';
import { bundlePortalAgent } from './portal-agent-bundle.ts';

/** Answers `previewPortalEndpoint` with the demo origin; returns false for any other request. */
export function handleDemoPortalEndpoint(request: IncomingMessage, response: ServerResponse, demoOrigin: string): boolean {
  const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (pathname !== previewPortalEndpoint) return false;
  const info: PreviewPortalInfo = { origin: demoOrigin };
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(info));
  return true;
}

/**
 * For `npm run dev` in preview mode: starts a demo portal once Vite listens (its origin is the
 * host), answers `previewPortalEndpoint`, and stops the demo portal with Vite.
 */
export function demoPortalPlugin(): Plugin {
  let preview = false;
  return {
    name: 'borne-demo-portal',
    configResolved(config) {
      preview = config.mode !== 'kiosk';
    },
    configureServer(server) {
      if (!preview || server.httpServer === null) return;
      const httpServer = server.httpServer;
      let demo: Promise<DemoPortalServer> | undefined;
      httpServer.once('listening', () => {
        const address = httpServer.address();
        if (address === null || typeof address === 'string') return;
        const hostOrigin = `http://127.0.0.1:${String(address.port)}`;
        demo = bundlePortalAgent().then((agentScript) => startDemoPortalServer({ hostOrigin, agentScript }));
        httpServer.once('close', () => {
          void demo?.then((running) => running.close());
        });
      });
      server.middlewares.use((request, response, next) => {
        if (demo === undefined) {
          next();
          return;
        }
        demo.then(
          (running) => {
            if (!handleDemoPortalEndpoint(request, response, running.origin)) next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

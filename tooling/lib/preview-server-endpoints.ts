// The preview shell's server-side endpoints, shared by the standalone preview server and the Vite
// dev server: they publish the school configuration files the in-browser bridge validates.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { collectInvitations } from '../../common/guide/invitations.ts';
import {
  previewConfigEndpoint,
  previewGuidePrefix,
  previewInvitationsEndpoint,
  type PreviewConfigFiles,
} from '../../common/preview/preview-endpoints.ts';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled default configuration. */
export const bundledConfigFile = path.join(repoRoot, 'resources', 'school', 'lycee-du-parc.json');

/** The override file given by `--config <file>` or `BORNE_CONFIG`, if any. */
export function configOverridePath(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const index = argv.indexOf('--config');
  const fromArgs = index >= 0 ? argv[index + 1] : undefined;
  const chosen = fromArgs ?? (env.BORNE_CONFIG || undefined);
  return chosen === undefined ? undefined : path.resolve(chosen);
}

/** Reads the bundled configuration and the override file (if any) as text. */
export async function readConfigFiles(overridePath: string | undefined): Promise<PreviewConfigFiles> {
  const bundled = await readFile(bundledConfigFile, 'utf8');
  if (overridePath === undefined) return { bundled, override: { kind: 'none' } };
  try {
    return { bundled, override: { kind: 'read', text: await readFile(overridePath, 'utf8') } };
  } catch {
    return { bundled, override: { kind: 'unreadable' } };
  }
}

/** The editable guide files. */
export const guideDir = path.join(repoRoot, 'resources', 'guide');

/** Serves one JSON file of `resources/guide/` as it is on disk (404 outside that folder). */
async function serveGuideFile(pathname: string, response: ServerResponse): Promise<void> {
  const file = path.resolve(guideDir, decodeURIComponent(pathname.slice(previewGuidePrefix.length)));
  const text = file.startsWith(guideDir + path.sep) && file.endsWith('.json') ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
  response.writeHead(text === undefined ? 404 : 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text ?? '');
}

/** Answers the preview endpoints; returns false for any other request. */
export async function handlePreviewEndpoint(
  request: IncomingMessage,
  response: ServerResponse,
  overridePath: string | undefined,
): Promise<boolean> {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (pathname === previewInvitationsEndpoint) {
    const invitations = await collectInvitations((language) =>
      readFile(path.join(guideDir, 'texts', `${language}.json`), 'utf8').catch(() => undefined),
    );
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(invitations));
    return true;
  }
  if (pathname.startsWith(previewGuidePrefix)) {
    await serveGuideFile(pathname, response);
    return true;
  }
  if (pathname !== previewConfigEndpoint) return false;
  const files = await readConfigFiles(overridePath);
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(files));
  return true;
}

/** The same endpoints as a Vite plugin, for `npm run dev`. */
export function previewEndpoints(): Plugin {
  const overridePath = configOverridePath();
  return {
    name: 'borne-preview-endpoints',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        handlePreviewEndpoint(request, response, overridePath).then(
          (handled) => {
            if (!handled) next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

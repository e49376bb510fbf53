// Static files for the preview's servers: content types, and resolving a request path to a file
// inside a folder (never outside it).
// The demo portal has its own, stricter resolver (`common/demo-portal/demo-route.ts`), shared
// with the Electron kiosk; `resolveFile` serves the built renderer, whose hashed asset names it
// cannot know in advance.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { demoPortalContentTypes } from '../../common/demo-portal/demo-content-types.ts';

/** Content types of the files the preview serves: the demo portal's web files, and the renderer's fonts. */
export const contentTypes: Readonly<Record<string, string>> = {
  ...demoPortalContentTypes,
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The content type of a file, by its extension. */
export function contentTypeOf(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return (Object.hasOwn(contentTypes, extension) ? contentTypes[extension] : undefined) ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root` (`/` is `index.html`), or undefined when it is not a
 * file there, escapes `root`, or is not valid percent-encoding.
 */
export async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
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

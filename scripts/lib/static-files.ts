// Static files for the preview's servers: content types, and resolving a request path to a file
// inside a folder (never outside it).
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Content types of the files the preview serves. */
export const contentTypes: Readonly<Record<string, string>> = {
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

/** The content type of a file, by its extension. */
export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file)] ?? 'application/octet-stream';
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

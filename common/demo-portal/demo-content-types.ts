/**
 * The kinds of file the demo portal serves, by extension. Anything else in its folder (the
 * README, the tests) is not a web file and is never served.
 */

/** Content type of each web file extension the demo portal may serve (lower case, with the dot). */
export const demoPortalContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The extension of a file name, lower case with its dot (`.html`), or `''` when it has none. */
export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** The content type of a demo portal file, or undefined when it is not a web file. */
export function demoContentTypeOf(file: string): string | undefined {
  const extension = extensionOf(file);
  return Object.hasOwn(demoPortalContentTypes, extension) ? demoPortalContentTypes[extension] : undefined;
}

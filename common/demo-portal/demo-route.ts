/**
 * Which file of the demo portal's folder a request path names. Pure and strict: it decides on the
 * request's raw pathname alone, so the Electron kiosk and the preview's server answer the same
 * paths the same way, and no path can reach outside the folder whatever the platform.
 *
 * A path names a file only when all of these hold:
 * - it is at most `maxDemoPathLength` characters, starts with `/` and has no backslash;
 * - it has at most `maxDemoPathSegments` segments, none empty (no `//`, no trailing `/`, so never
 *   a directory);
 * - each segment, once percent-decoded (an invalid escape refuses the path), is lower-case ASCII
 *   letters, digits, `-`, `_` and single inner dots, starting with a letter or digit: no `.` or
 *   `..`, no dot-file, no encoded `/`, `\` or NUL, no `:` (drive letters, alternate streams), no
 *   Windows device name (`con`, `nul`, `com1`…);
 * - the last segment has a web file extension (see `demoPortalContentTypes`) and is not a test.
 *
 * `/` names `index.html`; `demoWipePath` names the end-of-visit page, answered with
 * `Clear-Site-Data`. Whether the file exists is for the reader to say (a missing file is a 404).
 */
import { demoWipePath } from '../preview/preview-endpoints.ts';
import { demoContentTypeOf } from './demo-content-types.ts';

/** Longest request path considered, in characters (the demo's own paths are under 40). */
export const maxDemoPathLength = 256;

/** Most segments a request path may have (the demo folder is flat today). */
export const maxDemoPathSegments = 4;

/** The page served at `/`. */
export const demoIndexFile = 'index.html';

/** The page served at `demoWipePath`. */
export const demoWipeFile = 'effacement.html';

/** What a request path resolves to. */
export type DemoPortalRoute =
  | {
      readonly kind: 'file';
      /** The file, relative to the demo portal's folder, with `/` separators. */
      readonly file: string;
      readonly contentType: string;
      /** True for the end-of-visit page: the response carries `Clear-Site-Data`. */
      readonly clearSiteData: boolean;
    }
  | { readonly kind: 'not-found' };

const notFound: DemoPortalRoute = { kind: 'not-found' };

/** One decoded path segment: lower-case name parts joined by single dots, no leading dot. */
const segmentPattern = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/;

/** Names Windows opens as devices whatever the extension (`nul.html` is the null device there). */
const windowsDeviceName = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/;

/** Files of the folder that are code of ours, not pages, whatever their extension. */
const testFile = /\.(?:test|spec)\./;

/** Percent-decodes one segment, or undefined when its escapes are invalid. */
function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** True when a decoded segment may name a file or folder of the demo portal. */
function isSafeSegment(segment: string): boolean {
  return segmentPattern.test(segment) && !windowsDeviceName.test(segment);
}

function fileRoute(file: string, clearSiteData: boolean): DemoPortalRoute {
  const contentType = demoContentTypeOf(file);
  return contentType === undefined ? notFound : { kind: 'file', file, contentType, clearSiteData };
}

/**
 * Resolves a request's pathname (as `new URL(…).pathname` gives it, still percent-encoded) to a
 * file of the demo portal's folder, or to not-found. Never throws.
 */
export function resolveDemoPortalRoute(pathname: string): DemoPortalRoute {
  if (typeof pathname !== 'string' || pathname.length > maxDemoPathLength) return notFound;
  if (pathname === '/') return fileRoute(demoIndexFile, false);
  if (pathname === demoWipePath) return fileRoute(demoWipeFile, true);
  if (!pathname.startsWith('/') || pathname.includes('\\')) return notFound;
  const rawSegments = pathname.slice(1).split('/');
  if (rawSegments.length > maxDemoPathSegments) return notFound;
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSegment(raw);
    if (segment === undefined || !isSafeSegment(segment)) return notFound;
    segments.push(segment);
  }
  const file = segments.join('/');
  if (testFile.test(segments[segments.length - 1] ?? '')) return notFound;
  return fileRoute(file, false);
}

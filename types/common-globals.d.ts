/**
 * The few web-platform globals `common/` may use. They exist identically in browsers, Electron
 * and Node.js; declaring them here (instead of loading the DOM or Node libraries) keeps the
 * compiler refusing anything else of either platform in `common/`.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
  toString(): string;
}

/** Referenced by valibot's type declarations; never used by `common/`. */
interface Blob {
  readonly size: number;
  readonly type: string;
}

/** Referenced by valibot's type declarations; never used by `common/`. */
interface File extends Blob {
  readonly name: string;
}

declare function encodeURIComponent(value: string): string;

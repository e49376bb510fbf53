/**
 * A script the self-test runs in a page (the host page or the portal's), as a value: a name and
 * arguments the test fakes answer by, and the JavaScript source the real kiosk runs with
 * `webContents.executeJavaScript`. Scripts return plain values only — lengths, states, booleans,
 * error names — never a field's value or a page's text.
 */

/** A page script resolving to `T`. */
export interface PageScript<T> {
  /** What the script does, in kebab case (`field-value-length`). */
  readonly name: string;
  /** Its arguments, as given to the builder (fakes read them; the source already holds them). */
  readonly args: Readonly<Record<string, unknown>>;
  /** An expression (possibly a promise) of JavaScript, run in the page's main world. */
  readonly source: string;
  /** Never set: carries the result type. */
  readonly resultType?: T;
}

/** Builds a page script. The arguments are embedded in the source as JSON (never concatenated). */
export function pageScript<T>(name: string, source: string, args: Readonly<Record<string, unknown>> = {}): PageScript<T> {
  return { name, args, source };
}

/** `value` as a JavaScript literal, for embedding in a script's source. */
export function literal(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * The fields block that opens the template and every page file of the demo portal: an HTML
 * comment holding one `name: value` line per field, for instance
 *
 * ```html
 * <!--
 * title: Connexion — ÉduConnect (simulation)
 * scripts: seed-stores.js forms.js
 * -->
 * ```
 *
 * Only the names of `demoPageFieldNames` are known; anything else (a `template:` line among them)
 * makes the file invalid, so a page file can name nothing but its own texts and local scripts.
 */

/** The fields a page (or the template, as defaults) may give. */
export const demoPageFieldNames = ['title', 'brand', 'tagline', 'band', 'scripts'] as const;

/** One field's name. */
export type DemoPageFieldName = (typeof demoPageFieldNames)[number];

/** The fields a file gives, by name. */
export type DemoPageFields = Partial<Readonly<Record<DemoPageFieldName, string>>>;

/** A file split into its fields and the text after them, or the reason it cannot be. */
export type DemoPageSource =
  | { readonly ok: true; readonly fields: DemoPageFields; readonly body: string }
  | { readonly ok: false; readonly problem: string };

const opening = '<!--\n';
const closing = '\n-->\n';
const fieldLine = /^([a-z]+): (\S.*)$/;

function isFieldName(name: string): name is DemoPageFieldName {
  return (demoPageFieldNames as readonly string[]).includes(name);
}

/**
 * Splits a file (Windows line ends accepted) into its fields block and what follows it. The block
 * must open the file; each of its lines is one known field, given once, with a value.
 */
export function parseDemoPageSource(source: string): DemoPageSource {
  const text = source.replace(/\r\n/g, '\n');
  if (!text.startsWith(opening)) return { ok: false, problem: 'the file does not open with its fields block' };
  const end = text.indexOf(closing, opening.length - 1);
  if (end < 0) return { ok: false, problem: 'the fields block is not closed' };
  const fields: Partial<Record<DemoPageFieldName, string>> = {};
  const lines = end < opening.length ? [] : text.slice(opening.length, end).split('\n');
  for (const line of lines) {
    const match = fieldLine.exec(line);
    const name = match?.[1];
    const value = match?.[2]?.trim();
    if (name === undefined || value === undefined) return { ok: false, problem: 'a line of the fields block is not "name: value"' };
    if (!isFieldName(name)) return { ok: false, problem: `unknown field "${name}"` };
    if (fields[name] !== undefined) return { ok: false, problem: `field "${name}" given twice` };
    fields[name] = value;
  }
  return { ok: true, fields, body: text.slice(end + closing.length) };
}

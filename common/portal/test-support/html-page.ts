/**
 * A small stand-in for a browser's DOM, for tests without a DOM library: it reads a well-formed
 * HTML page (the demo portal's) into elements that fit `ProbedDocument` / `ProbedElement`, so
 * recognition runs on the demo pages through the same probe code as in a browser. It knows what
 * tests need: simple selectors (tag, `#id`, `.class`, `[attribute]`, `[attribute="value"]`, comma
 * lists), text content, labels, and what is not shown (`hidden`, a closed `<details>`, the head).
 */
import type { ProbedDocument, ProbedElement } from '../page-probe-dom.ts';
import { markerPattern } from '../portal-pages-schema.ts';

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const unshownTags = new Set(['head', 'script', 'style', 'title', 'meta', 'link', 'template']);

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#') && entities[name] === undefined) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** One compound selector: `input#mobile.field[type="tel"]`. */
interface Compound {
  readonly tag?: string;
  readonly ids: readonly string[];
  readonly classes: readonly string[];
  readonly attributes: readonly { readonly name: string; readonly value?: string }[];
}

function parseCompound(selector: string): Compound {
  const tag = /^[a-zA-Z][a-zA-Z0-9]*/.exec(selector)?.[0]?.toLowerCase();
  const ids = [...selector.matchAll(/#([\w-]+)/g)].map((match) => match[1] ?? '');
  const classes = [...selector.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
  const attributes = [...selector.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)].map((match) =>
    match[2] === undefined ? { name: (match[1] ?? '').toLowerCase() } : { name: (match[1] ?? '').toLowerCase(), value: match[2] },
  );
  if (!markerPattern.test(selector)) throw new SyntaxError(`unsupported selector ${selector}`);
  return { ...(tag === undefined ? {} : { tag }), ids, classes, attributes };
}

/** An element of the stand-in page. */
export class HtmlElement implements ProbedElement {
  readonly children: (HtmlElement | string)[] = [];
  parent: HtmlElement | undefined;

  constructor(
    readonly page: HtmlPage,
    readonly tagName: string,
    readonly attributes: ReadonlyMap<string, string>,
  ) {}

  get textContent(): string {
    return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }

  matches(selectors: string): boolean {
    return selectors.split(',').some((selector) => this.#matchesCompound(parseCompound(selector.trim())));
  }

  #matchesCompound(compound: Compound): boolean {
    if (compound.tag !== undefined && compound.tag !== this.tagName.toLowerCase()) return false;
    if (compound.ids.some((id) => this.getAttribute('id') !== id)) return false;
    const classes = (this.getAttribute('class') ?? '').split(/\s+/);
    if (compound.classes.some((name) => !classes.includes(name))) return false;
    return compound.attributes.every(({ name, value }) => (value === undefined ? this.attributes.has(name) : this.getAttribute(name) === value));
  }

  /** Whether the element is laid out: not hidden, not in the head, not inside a closed `<details>`. */
  getClientRects(): { readonly length: number } {
    return { length: isLaidOut(this) ? 1 : 0 };
  }

  /** A form control's labels: `<label for>` and an enclosing `<label>`. */
  get labels(): HtmlElement[] {
    const id = this.getAttribute('id');
    const byFor = id === null ? [] : this.page.all().filter((element) => element.tagName === 'LABEL' && element.getAttribute('for') === id);
    const enclosing: HtmlElement[] = [];
    for (let element = this.parent; element !== undefined; element = element.parent) if (element.tagName === 'LABEL') enclosing.push(element);
    return [...new Set([...byFor, ...enclosing])];
  }

  /** Every element below this one, in document order. */
  descendants(): HtmlElement[] {
    return this.children.flatMap((child) => (typeof child === 'string' ? [] : [child, ...child.descendants()]));
  }
}

/** True when neither the element nor any ancestor keeps it from being shown. */
function isLaidOut(start: HtmlElement): boolean {
  for (let element: HtmlElement | undefined = start; element !== undefined; element = element.parent) {
    const tag = element.tagName.toLowerCase();
    if (element.attributes.has('hidden') || unshownTags.has(tag)) return false;
    if (tag === 'input' && element.getAttribute('type') === 'hidden') return false;
    const parent = element.parent;
    if (parent?.tagName.toLowerCase() === 'details' && !parent.attributes.has('open') && tag !== 'summary') return false;
  }
  return true;
}

/** A page read from HTML, as a `ProbedDocument` with a settable focused element. */
export class HtmlPage implements ProbedDocument {
  readonly root: HtmlElement;
  activeElement: unknown = null;

  constructor(html: string) {
    this.root = new HtmlElement(this, '#ROOT', new Map());
    let current = this.root;
    const tokens = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/i, '').split(/(<[^>]+>)/);
    for (const token of tokens) {
      if (token === '') continue;
      const closing = /^<\/([a-zA-Z0-9]+)\s*>$/.exec(token);
      if (closing !== null) {
        const tag = (closing[1] ?? '').toUpperCase();
        for (let element: HtmlElement | undefined = current; element !== undefined; element = element.parent) {
          if (element.tagName === tag) {
            current = element.parent ?? this.root;
            break;
          }
        }
        continue;
      }
      const opening = /^<([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>$/.exec(token);
      if (opening === null) {
        current.children.push(decode(token));
        continue;
      }
      const attributes = new Map<string, string>();
      for (const match of (opening[2] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attributes.set((match[1] ?? '').toLowerCase(), decode(match[2] ?? ''));
      const element = new HtmlElement(this, (opening[1] ?? '').toUpperCase(), attributes);
      element.parent = current;
      current.children.push(element);
      if (opening[3] !== '/' && !voidTags.has((opening[1] ?? '').toLowerCase())) current = element;
    }
  }

  /** Every element, in document order. */
  all(): HtmlElement[] {
    return this.root.descendants();
  }

  querySelectorAll(selectors: string): HtmlElement[] {
    return this.all().filter((element) => element.matches(selectors));
  }

  getElementById(id: string): HtmlElement | null {
    return this.all().find((element) => element.getAttribute('id') === id) ?? null;
  }

  /** The first element matching, or an error naming the selector. */
  one(selectors: string): HtmlElement {
    const found = this.querySelectorAll(selectors)[0];
    if (found === undefined) throw new Error(`no element ${selectors}`);
    return found;
  }
}

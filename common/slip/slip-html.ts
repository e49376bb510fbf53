import type { TextPart } from '../guide/placeholders.ts';
import { escapeHtml } from './html-escape.ts';
import type { QrEncoder } from './qr-matrix.ts';
import { qrPrintedSizeMm, qrSvg } from './qr-svg.ts';
import { slipCss, type SlipCssOptions } from './slip-css.ts';
import { a4FontPtFor } from './slip-density.ts';
import { slipSourceLanguage } from './slip-model.ts';
import type { SlipModel, SlipText } from './slip-types.ts';

/**
 * The printed slip's Content-Security-Policy: nothing is loaded, nothing runs; only its own
 * `<style>` element and inline images apply.
 */
export const slipContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * How to render a slip: the format (and the roll's measured height), the QR encoder, and for A4
 * a type size that overrides the estimate (when a measured page came out too tall).
 */
export type SlipHtmlOptions = SlipCssOptions & { readonly encodeQr: QrEncoder; readonly a4FontPt?: number };

const plain = (parts: readonly TextPart[]): string => parts.map((part) => part.text).join('');

/**
 * Text parts as escaped HTML. Each configuration value is isolated from the words around it:
 * addresses and e-mails left to right in any language, names and other words in the direction of
 * their own letters (a route name in Arabic stays in Arabic order).
 */
function partsHtml(parts: readonly TextPart[]): string {
  return parts
    .map((part) => (part.kind === 'value' ? `<bdi dir="${part.dir}" class="value">${escapeHtml(part.text)}</bdi>` : escapeHtml(part.text)))
    .join('');
}

/** A slip text, followed by its French wording in smaller type when there is one. */
function textHtml(text: SlipText): string {
  const french = text.french === undefined ? '' : `<span class="fr" lang="${slipSourceLanguage}" dir="ltr">${partsHtml(text.french)}</span>`;
  return `<span class="own">${partsHtml(text.parts)}</span>${french}`;
}

/** A name from the configuration, isolated in the direction of its own letters. */
const value = (text: string): string => `<bdi dir="auto" class="value">${escapeHtml(text)}</bdi>`;

/** An address or e-mail, with line-break opportunities after its dots and before its `@` only. */
const address = (text: string): string =>
  `<bdi dir="ltr" class="value address">${escapeHtml(text).replace(/\./g, '.<wbr>').replace(/@/g, '<wbr>@')}</bdi>`;

function routesHtml(model: SlipModel): string {
  if (model.routes.length === 0) return '';
  const items = model.routes
    .map((route) => {
      const outcome = route.outcomeText === undefined ? '' : `<span class="outcome">${textHtml(route.outcomeText)}</span>`;
      return `<li data-route="${escapeHtml(route.id)}">${textHtml(route.name)}${outcome}</li>`;
    })
    .join('');
  return `<section class="routes"><h2>${textHtml(model.routesHeading)}</h2><ul>${items}</ul>${identifierHtml(model)}</section>`;
}

/** "Identifiant : ________": a label and a blank line to write on, with nothing typed in it. */
function identifierHtml(model: SlipModel): string {
  if (model.identifierLine === undefined) return '';
  return `<p class="write-in"><span class="write-label">${textHtml(model.identifierLine)}</span><span class="blank" aria-hidden="true"></span></p>`;
}

/**
 * The next steps. On the roll a translated step goes without its French sentence: the step already
 * quotes, in French between « », every EduConnect label the parent will meet on the portal, and
 * the French sentences took a third of a translated slip's length. A4 keeps them.
 */
function nextStepsHtml(model: SlipModel, format: SlipHtmlOptions['format']): string {
  const items = model.nextSteps.map((step) => `<li>${format === 'roll' ? textHtml({ parts: step.text.parts }) : textHtml(step.text)}</li>`).join('');
  return `<section class="next"><h2>${textHtml(model.nextStepsHeading)}</h2><ol>${items}</ol></section>`;
}

function contactsHtml(model: SlipModel): string {
  const { secretariat, referent } = model;
  const email = secretariat.email === undefined ? '' : `<br>${address(secretariat.email)}`;
  const lines = secretariat.lines
    .map((line) => `<br><span class="line" data-contact="${line.kind}">${partsHtml(line.label.parts)} ${line.kind === 'phone' ? address(line.value) : value(line.value)}</span>`)
    .join('');
  return (
    `<section class="contacts"><h2>${textHtml(model.contactsHeading)}</h2><dl>` +
    `<dt>${textHtml(secretariat.label)}</dt><dd><bdi dir="auto">${escapeHtml(secretariat.name)}</bdi>${email}${lines}</dd>` +
    `<dt>${textHtml(referent.label)}</dt><dd>${value(referent.recipient)} (${value(referent.directoryName)})</dd>` +
    `</dl></section>`
  );
}

function codesHtml(model: SlipModel, options: SlipHtmlOptions): string {
  const figures = model.qrCodes
    .map((code) => {
      const matrix = options.encodeQr(code.target);
      const svg = qrSvg(matrix, qrPrintedSizeMm(matrix, options.format), plain(code.caption.parts));
      return `<figure data-qr="${code.kind}">${svg}<figcaption>${textHtml(code.caption)}${address(code.display)}</figcaption></figure>`;
    })
    .join('');
  return `<section class="codes">${figures}</section>`;
}

/**
 * The slip as a complete HTML document, for the hidden print window (JavaScript off) and for the
 * PDF tests. Every text is escaped; there is no script, no external resource, no link; the QR
 * codes are inline SVG. The page is the visitor's language and direction, with addresses and
 * e-mails kept left to right.
 */
export function slipHtml(model: SlipModel, options: SlipHtmlOptions): string {
  const language = escapeHtml(model.language);
  const direction = model.direction === 'rtl' ? 'rtl' : 'ltr';
  const body =
    `<header><h1>${textHtml(model.title)}</h1>` +
    `<p class="school">${escapeHtml(model.school.name)} — ${escapeHtml(model.school.city)}</p>` +
    `<p class="date">${textHtml(model.date)}</p></header>` +
    `<div class="text">${routesHtml(model)}${nextStepsHtml(model, options.format)}${contactsHtml(model)}</div>` +
    codesHtml(model, options) +
    `<footer>${textHtml(model.privacyNote)}</footer>`;
  return (
    `<!doctype html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${slipContentSecurityPolicy}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<title>${escapeHtml(plain(model.title.parts))}</title><style>${slipCss({ ...options, a4FontPt: options.a4FontPt ?? a4FontPtFor(model) })}</style></head>` +
    `<body class="format-${options.format}"><main class="slip">${body}</main></body></html>`
  );
}

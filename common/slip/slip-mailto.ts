import type { GuideTexts } from '../guide/guide-schema.ts';
import { fillPlain, type PlaceholderValues } from '../guide/placeholders.ts';

/**
 * The `mailto:` address of the secretariat QR code: the parent scans it and sends, from their own
 * phone, a message asking the secretariat to check nom, prénom, mobile number and e-mail in the
 * school's database, filling the blanks there. Subject and body are always the French texts
 * (`slipMailSubject`, `slipMailBody`): the secretariat reads French. Every part is encoded with
 * `encodeURIComponent`; line breaks become CRLF (`%0D%0A`) as RFC 6068 asks.
 */
export function secretariatMailto(email: string, frenchTexts: GuideTexts, values: PlaceholderValues): string {
  // A narrow no-break space of the French texts takes three times the room of a space in the
  // encoded address, so in the QR code too; the message reads the same with ordinary spaces.
  const plain = (text: string | undefined): string => fillPlain(text ?? '', values).replace(/\u202F/g, ' ');
  const subject = plain(frenchTexts.ui.slipMailSubject);
  const body = plain(frenchTexts.ui.slipMailBody).replace(/\r?\n/g, '\r\n');
  const address = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

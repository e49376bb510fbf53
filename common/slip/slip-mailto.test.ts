import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderValues } from '../guide/placeholders.ts';
import { secretariatMailto } from './slip-mailto.ts';
import { bundledConfig, frenchTexts } from './test-support/guide-fixtures.ts';

const values = placeholderValues(bundledConfig);

/** Splits a mailto address into its address and decoded fields. */
function parse(mailto: string): { address: string; fields: Record<string, string> } {
  const match = /^mailto:([^?]*)\?(.*)$/.exec(mailto);
  if (match === null) throw new Error('not a mailto with fields');
  const fields = Object.fromEntries(
    (match[2] ?? '').split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
  return { address: decodeURIComponent(match[1] ?? ''), fields };
}

describe('secretariatMailto', () => {
  const mailto = secretariatMailto('secretariat-2c.0690026d@ac-lyon.fr', frenchTexts, values);

  it('writes to the secretariat with the French subject and body', () => {
    const { address, fields } = parse(mailto);
    expect(address).toBe('secretariat-2c.0690026d@ac-lyon.fr');
    expect(Object.keys(fields)).toEqual(['subject', 'body']);
    expect(fields.subject).toBe('Vérification EduConnect');
    // Ordinary spaces in the address: a narrow no-break space would take three times the room.
    expect(fields.body).toBe((frenchTexts.ui.slipMailBody ?? '').replace(/\u202F/g, ' ').replace(/\n/g, '\r\n'));
    expect(mailto).not.toContain('%E2%80%AF');
  });

  it('asks for a check of nom, prénom, mobile number and e-mail, with blanks for the parent to fill', () => {
    const lines = parse(mailto).fields.body?.split('\r\n') ?? [];
    for (const blank of ['Nom', 'Prénom', 'Portable', 'E-mail']) expect(lines.some((line) => new RegExp(`^${blank}\\s:$`, 'u').test(line)), blank).toBe(true);
  });

  it('leaves nothing unencoded but the address and URI-safe characters', () => {
    const query = mailto.slice(mailto.indexOf('?') + 1);
    expect(query).toMatch(/^subject=[A-Za-z0-9%\-_.!~*'()]+&body=[A-Za-z0-9%\-_.!~*'()]+$/);
    expect(query).toContain('%0D%0A');
    expect(query).not.toMatch(/%0A(?<!%0D%0A)/);
  });

  it('round-trips any subject and body', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const texts = { ...frenchTexts, ui: { ...frenchTexts.ui, slipMailSubject: subject, slipMailBody: body.replace(/\{/g, '(') } };
        const { fields } = parse(secretariatMailto('a.b@c.fr', texts, values));
        expect(fields.subject).toBe(subject);
        expect(fields.body).toBe(body.replace(/\{/g, '(').replace(/\r?\n/g, '\r\n'));
      }),
    );
  });
});

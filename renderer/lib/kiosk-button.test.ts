import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import KioskButton from './KioskButton.svelte';

const words = (text: string) => createRawSnippet(() => ({ render: () => `<span>${text}</span>` }));

/** The rendered markup without Svelte's hydration comments. */
function markup(props: Parameters<typeof render<typeof KioskButton>>[1]): string {
  return render(KioskButton, props).body.replace(/<!--[^>]*-->/g, '');
}

describe('KioskButton', () => {
  it('renders one button and nothing around it: an action button unless told otherwise', () => {
    const html = markup({ props: { children: words('Retour') } });
    expect(html.startsWith('<button')).toBe(true);
    expect(html.endsWith('</button>')).toBe(true);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('type="button"');
    expect(html).toContain('<span>Retour</span>');
    expect(html).toMatch(/class="[^"]*\bkiosk-button--secondary\b/);
  });

  it('passes through the attributes buttons use here, and the caller’s layout classes', () => {
    const html = markup({
      props: {
        variant: 'primary',
        size: 'large',
        class: ['action', { end: true, hidden: false }],
        disabled: true,
        'aria-pressed': true,
        'aria-label': 'Effacer le dernier chiffre',
        'data-listen': '',
        lang: 'ar',
        type: 'submit',
        children: words('Effacer'),
      },
    });
    expect(html).toMatch(/class="kiosk-button kiosk-button--primary kiosk-button--large action end svelte-[a-z0-9]+"/);
    expect(html).toContain('disabled');
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('aria-label="Effacer le dernier chiffre"');
    expect(html).toContain('data-listen=""');
    expect(html).toContain('lang="ar"');
    expect(html).toContain('type="submit"');
    expect(html).not.toContain('hidden');
  });

  it('marks keys as keys, and a key typed into a password field as showing no press', () => {
    const key = markup({ props: { variant: 'pad-key', children: words('a') } });
    const hiddenPress = markup({ props: { variant: 'pad-function-key', pressFeedback: false, children: words('Maj') } });
    expect(key).toMatch(/\bkiosk-button--pad-key kiosk-button--key\b/);
    expect(key).not.toContain('kiosk-button--no-press-feedback');
    expect(hiddenPress).toMatch(/\bkiosk-button--pad-function-key kiosk-button--key kiosk-button--no-press-feedback\b/);
  });
});

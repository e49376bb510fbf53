import { describe, expect, it } from 'vitest';
import { checkDestination } from './destination-check.ts';

const demo = 'http://127.0.0.1:41234';
const page = `${demo}/connexion.html`;

describe('checkDestination', () => {
  it.each([
    ['activation.html', `${demo}/activation.html`],
    ['/code-sms.html?x=1', `${demo}/code-sms.html?x=1`],
    ['#aide', `${demo}/connexion.html#aide`],
    [`${demo}/`, `${demo}/`],
    ['', page],
  ])('allows %s on the demo origin', (href, url) => {
    expect(checkDestination(href, page, [demo])).toEqual({ kind: 'allowed', url });
  });

  it.each([
    ['https://www.example.com/', 'www.example.com'],
    ['https://www.example.com/path?nom=Durand', 'www.example.com'],
    ['//evil.example/x', 'evil.example'],
    ['http://127.0.0.1:1/', '127.0.0.1'],
    [`https://127.0.0.1:41234/`, '127.0.0.1'],
    ['https://user:pass@www.example.com/', 'www.example.com'],
    ['https://BÜCHER.example/', 'xn--bcher-kva.example'],
    ['https://[::1]/', '[::1]'],
    ['mailto:secretariat@example.fr?body=0612', 'mailto:'],
    ['tel:0612345678', 'tel:'],
    ['javascript:alert(1)', 'javascript:'],
    ['data:text/html,hello', 'data:'],
    ['blob:http://127.0.0.1:41234/abc', 'blob:'],
    ['file:///etc/passwd', 'file:'],
  ])('blocks %s, naming only %s', (href, host) => {
    expect(checkDestination(href, page, [demo])).toEqual({ kind: 'blocked', host });
  });

  it('reports an address that cannot be parsed as invalid', () => {
    expect(checkDestination('http://[bad', page, [demo])).toEqual({ kind: 'invalid' });
  });

  it('allows nothing when no origin is allowed', () => {
    expect(checkDestination('index.html', page, [])).toEqual({ kind: 'blocked', host: '127.0.0.1' });
  });
});

import { describe, expect, it } from 'vitest';
import { agentMessageTag, hostCommandTag, readAgentMessage, readHostCommand, type ReceivedMessage } from './agent-protocol.ts';

const demoOrigin = 'http://127.0.0.1:41234';
const frameWindow = { name: 'the iframe window' };
const expected = { origin: demoOrigin, source: frameWindow };
const from = (data: unknown, overrides: Partial<ReceivedMessage> = {}): ReceivedMessage => ({
  origin: demoOrigin,
  source: frameWindow,
  data,
  ...overrides,
});

describe('readAgentMessage', () => {
  it.each([
    [{ tag: agentMessageTag, type: 'page', canGoBack: true }],
    [{ tag: agentMessageTag, type: 'leaving' }],
    [{ tag: agentMessageTag, type: 'focus', field: 'tel' }],
    [{ tag: agentMessageTag, type: 'focus', field: null }],
    [{ tag: agentMessageTag, type: 'focus', field: null, inFrame: true }],
    [{ tag: agentMessageTag, type: 'refused', what: 'file-upload' }],
    [{ tag: agentMessageTag, type: 'refused', what: 'print' }],
    [{ tag: agentMessageTag, type: 'activity' }],
    [{ tag: agentMessageTag, type: 'recognised', page: 'activation-identity', field: 'mobile' }],
    [{ tag: agentMessageTag, type: 'recognised', page: 'login', field: null }],
    [{ tag: agentMessageTag, type: 'recognised', page: null, field: null }],
    [{ tag: agentMessageTag, type: 'blocked', host: 'www.example.com' }],
    [{ tag: agentMessageTag, type: 'blocked', host: 'xn--bcher-kva.example' }],
    [{ tag: agentMessageTag, type: 'blocked', host: 'mailto:' }],
    [{ tag: agentMessageTag, type: 'blocked', host: '[::1]' }],
    [{ tag: agentMessageTag, type: 'wiped', steps: [{ store: 'cookies', ok: true, ms: 1.5 }] }],
    [{ tag: agentMessageTag, type: 'wiped', steps: [] }],
  ])('accepts %j from the demo frame', (data) => {
    expect(readAgentMessage(from(data), expected)).toEqual(data);
  });

  const page = { tag: agentMessageTag, type: 'page', canGoBack: false };

  it('refuses a message from another origin, even with the right window', () => {
    expect(readAgentMessage(from(page, { origin: 'http://127.0.0.1:9999' }), expected)).toBeUndefined();
    expect(readAgentMessage(from(page, { origin: 'null' }), expected)).toBeUndefined();
  });

  it('refuses a message from another window, even with the right origin', () => {
    expect(readAgentMessage(from(page, { source: { name: 'another window' } }), expected)).toBeUndefined();
    expect(readAgentMessage(from(page, { source: null }), { origin: demoOrigin, source: null })).toBeUndefined();
  });

  it.each([
    ['not an object', 'page'],
    ['null', null],
    ['no tag', { type: 'page', canGoBack: true }],
    ['the host tag', { tag: hostCommandTag, type: 'page', canGoBack: true }],
    ['an unknown type', { tag: agentMessageTag, type: 'value', value: 'secret' }],
    ['an extra key', { tag: agentMessageTag, type: 'activity', value: '0612345678' }],
    ['a focus with a field value', { tag: agentMessageTag, type: 'focus', field: 'tel', value: '06' }],
    ['an unknown field kind', { tag: agentMessageTag, type: 'focus', field: 'textarea' }],
    ['inFrame not a boolean', { tag: agentMessageTag, type: 'focus', field: null, inFrame: 'yes' }],
    ['an unknown refusal', { tag: agentMessageTag, type: 'refused', what: 'download' }],
    ['a page the catalog does not know', { tag: agentMessageTag, type: 'recognised', page: 'Je confirme mon identité', field: null }],
    ['a field of another page', { tag: agentMessageTag, type: 'recognised', page: 'profile-choice', field: 'mobile' }],
    ['a field without a page', { tag: agentMessageTag, type: 'recognised', page: null, field: 'mobile' }],
    ['a page report with a value', { tag: agentMessageTag, type: 'recognised', page: 'login', field: 'identifiant', value: 'p.durand' }],
    ['a refusal with a file name', { tag: agentMessageTag, type: 'refused', what: 'file-upload', file: 'avis.pdf' }],
    ['canGoBack not a boolean', { tag: agentMessageTag, type: 'page', canGoBack: 'yes' }],
    ['a blocked address with a path', { tag: agentMessageTag, type: 'blocked', host: 'www.example.com/path?x=1' }],
    ['a blocked full URL', { tag: agentMessageTag, type: 'blocked', host: 'https://www.example.com/' }],
    ['a blocked host with user info', { tag: agentMessageTag, type: 'blocked', host: 'user@example.com' }],
    ['a blocked host too long', { tag: agentMessageTag, type: 'blocked', host: `${'a'.repeat(250)}.com` }],
    ['a blocked host in capitals', { tag: agentMessageTag, type: 'blocked', host: 'WWW.EXAMPLE.COM' }],
    ['an empty blocked host', { tag: agentMessageTag, type: 'blocked', host: '' }],
    ['a wipe step of an unknown store', { tag: agentMessageTag, type: 'wiped', steps: [{ store: 'disk', ok: true, ms: 1 }] }],
    ['a wipe step with data', { tag: agentMessageTag, type: 'wiped', steps: [{ store: 'cookies', ok: true, ms: 1, value: 'a' }] }],
    ['a negative wipe time', { tag: agentMessageTag, type: 'wiped', steps: [{ store: 'cookies', ok: true, ms: -1 }] }],
    ['an infinite wipe time', { tag: agentMessageTag, type: 'wiped', steps: [{ store: 'cookies', ok: true, ms: Infinity }] }],
    [
      'too many wipe steps',
      { tag: agentMessageTag, type: 'wiped', steps: Array.from({ length: 6 }, () => ({ store: 'cookies', ok: true, ms: 1 })) },
    ],
  ])('refuses %s', (_name, data) => {
    expect(readAgentMessage(from(data), expected)).toBeUndefined();
  });
});

describe('readHostCommand', () => {
  const hostOrigin = 'http://127.0.0.1:4199';
  const parent = { name: 'the parent window' };
  const host = { origin: hostOrigin, source: parent };
  const sent = (data: unknown, origin = hostOrigin, source: unknown = parent): ReceivedMessage => ({ origin, source, data });

  it.each([
    [{ tag: hostCommandTag, type: 'type', input: { kind: 'text', text: 'é' } }],
    [{ tag: hostCommandTag, type: 'type', input: { kind: 'key', key: 'Backspace' } }],
    [{ tag: hostCommandTag, type: 'navigate', action: 'back' }],
    [{ tag: hostCommandTag, type: 'navigate', action: 'reload' }],
    [{ tag: hostCommandTag, type: 'ping' }],
  ])('accepts %j from the host page', (data) => {
    expect(readHostCommand(sent(data), host)).toEqual(data);
  });

  it('refuses commands from another origin or another window', () => {
    const command = { tag: hostCommandTag, type: 'ping' };
    expect(readHostCommand(sent(command, 'http://127.0.0.1:1'), host)).toBeUndefined();
    expect(readHostCommand(sent(command, hostOrigin, { name: 'a popup' }), host)).toBeUndefined();
  });

  it.each([
    ['empty text', { tag: hostCommandTag, type: 'type', input: { kind: 'text', text: '' } }],
    ['text longer than 64', { tag: hostCommandTag, type: 'type', input: { kind: 'text', text: 'x'.repeat(65) } }],
    ['an unknown key', { tag: hostCommandTag, type: 'type', input: { kind: 'key', key: 'Delete' } }],
    ['retry (the host reloads the frame itself)', { tag: hostCommandTag, type: 'navigate', action: 'retry' }],
    ['a navigation to an address', { tag: hostCommandTag, type: 'navigate', action: 'back', url: 'https://x' }],
    ['the agent tag', { tag: agentMessageTag, type: 'ping' }],
  ])('refuses %s', (_name, data) => {
    expect(readHostCommand(sent(data), host)).toBeUndefined();
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { statisticEventSchema, visitorStatisticEventSchema } from './statistic-events.ts';

describe('the statistic event schemas', () => {
  it.each([
    { kind: 'visit-started' },
    { kind: 'visit-completed' },
    { kind: 'language-chosen', language: 'fr' },
    { kind: 'language-chosen', language: 'zh-Hans' },
    { kind: 'route-taken', route: 'franceconnect' },
    { kind: 'outcome-answered', succeeded: false },
    { kind: 'visit-abandoned', screen: 'route2.sms-code' },
    { kind: 'slip-printed' },
  ])('accepts %j from the renderer', (event) => {
    expect(v.is(visitorStatisticEventSchema, event)).toBe(true);
    expect(v.is(statisticEventSchema, event)).toBe(true);
  });

  it('accepts a blocked host from the main process only', () => {
    const event = { kind: 'host-blocked', host: 'accounts.google.com' };
    expect(v.is(statisticEventSchema, event)).toBe(true);
    expect(v.is(visitorStatisticEventSchema, event)).toBe(false);
  });

  it.each([
    ['an unknown kind', { kind: 'visit-timed' }],
    ['an extra field (e.g. a time)', { kind: 'visit-started', at: 1_725_000_000_000 }],
    ['free text as a route', { kind: 'route-taken', route: 'Jean Dupont 06 12 34 56 78' }],
    ['an e-mail as a screen', { kind: 'visit-abandoned', screen: 'jean@example.fr' }],
    ['a long name', { kind: 'route-taken', route: 'a'.repeat(65) }],
    ['a prototype name', { kind: 'route-taken', route: '__proto__' }],
    ['a constructor name', { kind: 'visit-abandoned', screen: 'constructor' }],
    ['a prototype host', { kind: 'host-blocked', host: 'prototype' }],
    ['a sentence as a language', { kind: 'language-chosen', language: 'français' }],
    ['a yes/no as text', { kind: 'outcome-answered', succeeded: 'oui' }],
  ])('refuses %s', (_name, event) => {
    expect(v.is(statisticEventSchema, event)).toBe(false);
  });

  it.each(['https://evil.example/path', 'evil.example/path?q=1', 'EVIL.example', 'user@evil.example', 'evil.example:8443', ''])(
    'refuses a blocked "host" that is more than a host name: %j',
    (host) => {
      expect(v.is(statisticEventSchema, { kind: 'host-blocked', host })).toBe(false);
    },
  );
});

// What the portal screen knows of the portal's refusals, out-of-reach focus and time limit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../common/bridge/contract.ts';
import type { PortalEvent } from '../../common/portal/portal-types.ts';
import { portalPageCatalog, successPageIds } from '../../common/portal/portal-pages.ts';
import { pageForgetMs, PortalSession } from './portal-session.svelte.ts';

interface Followed {
  readonly session: PortalSession;
  /** The portal addresses the shell was asked to open, in order. */
  readonly opened: string[];
  /** How many times the portal was only laid over the placeholder again. */
  readonly laidOut: () => number;
  readonly send: (event: PortalEvent) => void;
  /** What the followers heard: `activity`, or the seconds of each time-limit event. */
  readonly heard: (number | 'activity')[];
}

function followed(successPages: ReadonlySet<string> = successPageIds(portalPageCatalog)): Followed {
  let listener: ((event: PortalEvent) => void) | undefined;
  const opened: string[] = [];
  let layouts = 0;
  const kiosk = {
    on: (_event: string, next: (event: PortalEvent) => void) => {
      listener = next;
      return () => undefined;
    },
    portalOpen: ({ target }: { target: string }) => {
      opened.push(target);
      return Promise.resolve({ ok: true, value: null });
    },
    portalSetBounds: () => {
      layouts += 1;
      return Promise.resolve({ ok: true, value: null });
    },
  } as unknown as KioskApi;
  const session = new PortalSession(kiosk, successPages);
  const heard: (number | 'activity')[] = [];
  session.follow({ activity: () => heard.push('activity'), timeLimit: (secondsLeft) => heard.push(secondsLeft) });
  return { session, send: (event) => listener?.(event), heard, opened, laidOut: () => layouts };
}

describe('PortalSession', () => {
  it('shows a notice for each refusal, the latest one, until it is dismissed', () => {
    const { session, send } = followed();
    expect(session.notice).toBeUndefined();
    send({ type: 'refused', what: 'file-upload' });
    expect(session.notice).toBe('file-upload');
    send({ type: 'refused', what: 'print' });
    expect(session.notice).toBe('print');
    session.dismissNotice();
    expect(session.notice).toBeUndefined();
  });

  it('says when typing is out of reach, and forgets it once a field the keyboard can reach has focus', () => {
    const { session, send } = followed();
    send({ type: 'focus', field: null });
    send({ type: 'typing-unavailable' });
    expect(session.notice).toBe('typing-unavailable');
    send({ type: 'focus', field: null });
    expect(session.notice).toBe('typing-unavailable');
    send({ type: 'focus', field: 'tel' });
    expect(session.notice).toBeUndefined();
  });

  it('keeps a refusal notice when focus moves', () => {
    const { session, send } = followed();
    send({ type: 'refused', what: 'file-upload' });
    send({ type: 'focus', field: 'text' });
    expect(session.notice).toBe('file-upload');
  });

  it('passes the time limit and activity on, and clears notices on a new portal and at the end of a visit', async () => {
    const { session, send, heard } = followed();
    send({ type: 'activity' });
    send({ type: 'time-limit', secondsLeft: 20 });
    send({ type: 'time-limit', secondsLeft: 0 });
    expect(heard).toEqual(['activity', 20, 0]);
    send({ type: 'refused', what: 'print' });
    await session.open('educonnect', { x: 0, y: 0, width: 100, height: 100 });
    expect(session.notice).toBeUndefined();
    send({ type: 'refused', what: 'print' });
    session.reset();
    expect(session.notice).toBeUndefined();
  });

  describe('the known page', () => {
    afterEach(() => vi.useRealTimers());

    it('remembers, until the visit is reset, that a page of finished success showed (for the statistics)', () => {
      const { session, send } = followed();
      send({ type: 'recognised', page: 'sms-code', field: null });
      expect(session.reachedSuccess).toBe(false);
      send({ type: 'recognised', page: 'account-activated', field: null });
      send({ type: 'recognised', page: 'login', field: null });
      expect(session.reachedSuccess).toBe(true);
      session.reset();
      expect(session.reachedSuccess).toBe(false);
    });

    it('counts a success page shown before the portal screen named the success pages', () => {
      const { session, send } = followed(new Set());
      send({ type: 'recognised', page: 'account-activated', field: null });
      expect(session.reachedSuccess).toBe(false);
      session.knowSuccessPages(successPageIds(portalPageCatalog));
      expect(session.reachedSuccess).toBe(true);
    });

    it('follows the page and its focused field, and keeps a page a moment after the portal says none shows', () => {
      vi.useFakeTimers();
      const { session, send } = followed();
      send({ type: 'recognised', page: 'login', field: null });
      send({ type: 'recognised', page: 'login', field: 'identifiant' });
      expect([session.page, session.pageField]).toEqual(['login', 'identifiant']);
      send({ type: 'recognised', page: null, field: null });
      expect(session.page).toBe('login');
      send({ type: 'recognised', page: 'activation-identity', field: null });
      vi.advanceTimersByTime(pageForgetMs);
      expect([session.page, session.pageField]).toEqual(['activation-identity', null]);
      send({ type: 'recognised', page: null, field: null });
      vi.advanceTimersByTime(pageForgetMs);
      expect(session.page).toBeNull();
    });

    it('forgets the page at once when it fails or crashes, and at the end of the visit', () => {
      const { session, send } = followed();
      send({ type: 'recognised', page: 'login', field: 'password' });
      send({ type: 'load-failed' });
      expect([session.page, session.pageField]).toEqual([null, null]);
      send({ type: 'recognised', page: 'login', field: 'password' });
      session.reset();
      expect([session.page, session.pageField]).toEqual([null, null]);
    });
  });

  describe('entering a portal screen', () => {
    const bounds = { x: 0, y: 0, width: 100, height: 100 };

    it('opens the target the first time, and only lays the portal out again when the visitor comes back', async () => {
      const { session, opened, laidOut } = followed();
      await session.enter('portal-sms', 'educonnect', bounds);
      await session.enter('portal-sms', 'educonnect', bounds);
      await session.enter('portal-sms', 'educonnect', bounds);
      expect(opened).toEqual(['educonnect']);
      expect(laidOut()).toBe(2);
    });

    it('opens again for another portal screen, and for a new visit', async () => {
      const { session, opened } = followed();
      await session.enter('portal-sms', 'educonnect', bounds);
      await session.enter('portal-ent', 'entLogin', bounds);
      await session.enter('portal-sms', 'educonnect', bounds);
      session.reset();
      await session.enter('portal-sms', 'educonnect', bounds);
      expect(opened).toEqual(['educonnect', 'entLogin', 'educonnect', 'educonnect']);
    });
  });
});

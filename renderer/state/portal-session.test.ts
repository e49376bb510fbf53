// What the portal screen knows of the portal's refusals, out-of-reach focus and time limit.
import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../common/bridge/contract.ts';
import type { PortalEvent } from '../../common/portal/portal-types.ts';
import { PortalSession } from './portal-session.svelte.ts';

interface Followed {
  readonly session: PortalSession;
  readonly send: (event: PortalEvent) => void;
  /** What the followers heard: `activity`, or the seconds of each time-limit event. */
  readonly heard: (number | 'activity')[];
}

function followed(): Followed {
  let listener: ((event: PortalEvent) => void) | undefined;
  const kiosk = {
    on: (_event: string, next: (event: PortalEvent) => void) => {
      listener = next;
      return () => undefined;
    },
    portalOpen: () => Promise.resolve({ ok: true, value: null }),
  } as unknown as KioskApi;
  const session = new PortalSession(kiosk);
  const heard: (number | 'activity')[] = [];
  session.follow({ activity: () => heard.push('activity'), timeLimit: (secondsLeft) => heard.push(secondsLeft) });
  return { session, send: (event) => listener?.(event), heard };
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
});

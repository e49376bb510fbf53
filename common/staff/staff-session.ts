/**
 * Whether the staff screen is open, as pure state: it opens on a right PIN, and closes when staff
 * leave or after 2 minutes without a touch, so a secretary called away never leaves it open to the
 * next parent. Time is passed in (monotonic ms).
 */

/** How long the staff screen stays open without a touch, in ms. */
export const staffIdleCloseMs = 2 * 60 * 1000;

/** The staff screen is closed, or open since its last touch. */
export type StaffSession = { readonly open: false } | { readonly open: true; readonly lastTouchAt: number };

/** What can happen to the staff screen. */
export type StaffSessionEvent =
  /** The right PIN was entered. */
  | { readonly type: 'unlocked'; readonly at: number }
  /** Staff touched the staff screen. */
  | { readonly type: 'touch'; readonly at: number }
  /** The host's timer fired. */
  | { readonly type: 'tick'; readonly at: number }
  /** Staff pressed "Quitter le mode personnel". */
  | { readonly type: 'leave' };

/** The staff screen, closed. */
export const closedStaffSession: StaffSession = { open: false };

/** The staff screen after `event`; `state` itself when nothing changes. */
export function reduceStaffSession(state: StaffSession, event: StaffSessionEvent): StaffSession {
  switch (event.type) {
    case 'unlocked':
      return { open: true, lastTouchAt: event.at };
    case 'touch':
      return state.open && event.at > state.lastTouchAt ? { open: true, lastTouchAt: event.at } : state;
    case 'tick':
      return state.open && event.at >= state.lastTouchAt + staffIdleCloseMs ? closedStaffSession : state;
    case 'leave':
      return state.open ? closedStaffSession : state;
  }
}

/** When the open staff screen closes by itself (ms), or `undefined` when it is closed. */
export function staffSessionDeadline(state: StaffSession): number | undefined {
  return state.open ? state.lastTouchAt + staffIdleCloseMs : undefined;
}

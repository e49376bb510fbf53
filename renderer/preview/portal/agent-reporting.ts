/**
 * What the portal agent reports about the demo page it runs in: that a page is ready (and whether
 * the portal can go back), that it is being left, the KIND of the focused field (or that focus is
 * in a frame it cannot type into), and throttled activity of a person — never of a page script.
 * The same reporting as the Electron portal preload; never a value, label or address.
 */
import { createActivityThrottle } from '../../../common/portal/activity-throttle.ts';
import {
  focusReport,
  isVisitorActivity,
  sameFocus,
  visitorActivityEvents,
  type FocusReport,
} from '../../../common/portal/page-guards.ts';
import { portalActivityThrottleMs } from '../../../common/portal/portal-channels.ts';
import { agentMessageTag, type AgentMessage } from './agent-protocol.ts';

/** Sends one message to the host. */
export type PostToHost = (message: AgentMessage) => void;

/**
 * What the keyboard can do with `doc`'s focus. The agent types only into its own document, so
 * every frame of the page is out of reach.
 */
export function agentFocus(doc: Document): FocusReport {
  return focusReport(doc.activeElement, 'out-of-reach');
}

/** Whether "Retour" can go back within this frame (the Navigation API is scoped to the frame). */
function canGoBack(win: Window): boolean {
  return 'navigation' in win ? win.navigation.canGoBack : false;
}

/** Reporting in place: `reportPage` answers the host's ping; `stop` removes every listener. */
export interface Reporting {
  readonly reportPage: () => void;
  readonly stop: () => void;
}

/** Starts reporting. */
export function installReporting(win: Window, post: PostToHost): Reporting {
  const doc = win.document;
  const controller = new AbortController();
  const options = { capture: true, passive: true, signal: controller.signal };
  let reported: FocusReport | undefined;

  const reportFocus = (): void => {
    const focus = agentFocus(doc);
    if (sameFocus(reported, focus)) return;
    reported = focus;
    post(
      focus.inFrame
        ? { tag: agentMessageTag, type: 'focus', field: null, inFrame: true }
        : { tag: agentMessageTag, type: 'focus', field: focus.field },
    );
  };
  const reportPage = (): void => post({ tag: agentMessageTag, type: 'page', canGoBack: canGoBack(win) });

  doc.addEventListener('focusin', reportFocus, options);
  // Focus moving between fields fires focusout then focusin; look once both are done, so the
  // keyboard does not flicker. When the whole frame loses focus (a tap on the host page's
  // keyboard), the field stays the frame's active element and nothing is reported. Focus going
  // into a frame of the page blurs this window without any focusin here: look then too.
  doc.addEventListener('focusout', () => win.setTimeout(reportFocus, 0), options);
  win.addEventListener('blur', () => win.setTimeout(reportFocus, 0), options);

  // Only a person's touches and keys count: the on-screen keyboard's typing, which the agent
  // dispatches itself, is already counted by the host page from the taps on its keys.
  const activity = createActivityThrottle(() => post({ tag: agentMessageTag, type: 'activity' }), portalActivityThrottleMs);
  const onActivity = (event: Event): void => {
    if (isVisitorActivity(event)) activity();
  };
  for (const type of visitorActivityEvents) doc.addEventListener(type, onActivity, options);

  // A message posted while the page unloads (pagehide) is dropped by the browser, so a navigation
  // to another document is reported when it starts. Same-document ones only change "Retour".
  if ('navigation' in win) {
    const signal = controller.signal;
    win.navigation.addEventListener(
      'navigate',
      (event) => {
        if (!event.destination.sameDocument) post({ tag: agentMessageTag, type: 'leaving' });
      },
      { signal },
    );
    win.navigation.addEventListener('currententrychange', reportPage, { signal });
  }
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) reportPage();
  }, options);

  reportPage();
  reportFocus();
  return { reportPage, stop: () => controller.abort() };
}

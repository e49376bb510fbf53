/**
 * What the portal agent reports about the demo page it runs in: that a page is ready (and whether
 * the portal can go back), that it is being left, the KIND of the focused field, and throttled
 * activity. The same reporting as the Electron portal preload; never a value, label or address.
 */
import { createActivityThrottle } from '../../../common/portal/activity-throttle.ts';
import { classifyField } from '../../../common/portal/field-kind.ts';
import { portalActivityThrottleMs } from '../../../common/portal/portal-channels.ts';
import type { FieldKind } from '../../../common/portal/portal-types.ts';
import { agentMessageTag, type AgentMessage } from './agent-protocol.ts';

/** Sends one message to the host. */
export type PostToHost = (message: AgentMessage) => void;

/** The kind of field that has focus in `doc`, or null. */
export function focusedFieldKind(doc: Document): FieldKind | null {
  const element = doc.activeElement;
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? classifyField(element) : null;
}

/** Whether "Retour" can go back within this frame (the Navigation API is scoped to the frame). */
function canGoBack(win: Window): boolean {
  return 'navigation' in win ? win.navigation.canGoBack : false;
}

/** The kinds of touch and typing that count as activity. */
const activityEvents = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input'] as const;

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
  let reported: FieldKind | null = null;

  const reportFocus = (): void => {
    const kind = focusedFieldKind(doc);
    if (kind === reported) return;
    reported = kind;
    post({ tag: agentMessageTag, type: 'focus', field: kind });
  };
  const reportPage = (): void => post({ tag: agentMessageTag, type: 'page', canGoBack: canGoBack(win) });

  doc.addEventListener('focusin', reportFocus, options);
  // Focus moving between fields fires focusout then focusin; look once both are done, so the
  // keyboard does not flicker. When the whole frame loses focus (a tap on the host page's
  // keyboard), the field stays the frame's active element and nothing is reported.
  doc.addEventListener('focusout', () => win.setTimeout(reportFocus, 0), options);

  const activity = createActivityThrottle(() => post({ tag: agentMessageTag, type: 'activity' }), portalActivityThrottleMs);
  for (const type of activityEvents) doc.addEventListener(type, activity, options);

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

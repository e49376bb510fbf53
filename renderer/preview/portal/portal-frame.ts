/**
 * The preview portal's iframe: sandboxed, laid at fixed coordinates over the placeholder, talking
 * only with the agent of the demo origin. It passes on the agent's messages (checked for origin,
 * source window and shape) and its load events; it holds no state of the visit.
 */
import type { PortalBounds } from '../../../common/portal/portal-types.ts';
import { hostCommandTag, readAgentMessage, type AgentMessage, type HostCommand } from './agent-protocol.ts';

/**
 * The frame's sandbox: scripts and forms for the portal to work, and its own origin so that it
 * keeps cookies and storage (safe, since that origin is not the host page's). No popups, no
 * top-level navigation, no modals, no downloads.
 */
export const portalFrameSandbox = 'allow-scripts allow-same-origin allow-forms';

/** Above the host page, as Electron's portal view is above the renderer. */
export const portalFrameZIndex = '1000';

/** What the frame does with the agent's messages and its load events. */
export interface PortalFrameHandlers {
  readonly message: (message: AgentMessage) => void;
  readonly loaded: () => void;
}

/** The iframe of one visit. */
export interface PortalFrame {
  /** Navigates the frame. */
  load(url: string): void;
  layout(bounds: PortalBounds): void;
  show(visible: boolean): void;
  /** Sends a command to the page's agent, only if the frame's document is on the demo origin. */
  post(command: HostCommand): void;
  /**
   * Asks whatever document the frame holds to answer with `page` if it has the agent. Sent to any
   * origin (an error page has none) and so it carries nothing but its tag.
   */
  ping(): void;
  /** Replaces the handlers (the end of a visit listens only for the wipe report). */
  listen(handlers: PortalFrameHandlers): void;
  /** Stops listening and removes the iframe. */
  remove(): void;
}

/** Creates the iframe on `url` in `container`, hidden until laid out. */
export function createPortalFrame(container: HTMLElement, origin: string, url: string, initial: PortalFrameHandlers): PortalFrame {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  if (win === null) throw new Error('the portal container is not in a window');
  let handlers = initial;

  const iframe = doc.createElement('iframe');
  iframe.setAttribute('sandbox', portalFrameSandbox);
  iframe.referrerPolicy = 'no-referrer';
  iframe.title = 'Portail ÉduConnect (simulation)';
  iframe.dataset.portalFrame = 'preview';
  Object.assign(iframe.style, {
    position: 'fixed',
    border: '0',
    margin: '0',
    padding: '0',
    background: '#fff',
    zIndex: portalFrameZIndex,
    display: 'none',
  });
  iframe.src = url;

  const onMessage = (event: MessageEvent): void => {
    const message = readAgentMessage(event, { origin, source: iframe.contentWindow });
    if (message !== undefined) handlers.message(message);
  };
  const onLoad = (): void => handlers.loaded();
  win.addEventListener('message', onMessage);
  iframe.addEventListener('load', onLoad);
  container.append(iframe);

  return {
    load(next) {
      iframe.src = next;
    },
    layout(bounds) {
      Object.assign(iframe.style, {
        left: `${String(bounds.x)}px`,
        top: `${String(bounds.y)}px`,
        width: `${String(bounds.width)}px`,
        height: `${String(bounds.height)}px`,
      });
    },
    show(visible) {
      iframe.style.display = visible ? 'block' : 'none';
    },
    post(command) {
      iframe.contentWindow?.postMessage(command, origin);
    },
    ping() {
      const ping: HostCommand = { tag: hostCommandTag, type: 'ping' };
      iframe.contentWindow?.postMessage(ping, '*');
    },
    listen(next) {
      handlers = next;
    },
    remove() {
      win.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', onLoad);
      iframe.remove();
    },
  };
}

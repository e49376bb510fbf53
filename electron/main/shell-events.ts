import type { WebContents } from 'electron';
import { eventChannel, type KioskEventName, type KioskEvents } from '../../common/bridge/contract.ts';

/** Sends a shell event to the host renderer; dropped when the renderer is gone. */
export type ShellEventSender = <E extends KioskEventName>(event: E, payload: KioskEvents[E]) => void;

/** Builds the sender of shell events over the bridge's one event channel. */
export function createShellEventSender(contents: () => Pick<WebContents, 'send' | 'isDestroyed'> | undefined): ShellEventSender {
  return (event, payload) => {
    const target = contents();
    if (target === undefined || target.isDestroyed()) return;
    target.send(eventChannel, { event, payload });
  };
}

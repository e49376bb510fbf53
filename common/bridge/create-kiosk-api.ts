import {
  isKioskEventName,
  kioskMethodNames,
  type KioskApi,
  type KioskEventName,
  type KioskMethodName,
  type Unsubscribe,
} from './contract.ts';
import { fail, type BridgeResult } from './result.ts';

/** How a shell carries calls and events: IPC in Electron's preload, in-memory in the preview. */
export interface BridgeTransport {
  /** Sends `{ method, payload }` and resolves with the shell's `BridgeResult`. */
  invoke(method: KioskMethodName, payload: unknown): Promise<unknown>;
  /** Delivers every shell event; returns the function that stops delivery. */
  subscribe(listener: (event: KioskEventName, payload: unknown) => void): Unsubscribe;
}

/**
 * Builds the `window.kiosk` object from a transport: one function per contract method and `on`.
 * A transport failure becomes a typed error, never an exception in the renderer.
 */
export function createKioskApi(transport: BridgeTransport): KioskApi {
  const api: Record<string, unknown> = {};
  for (const method of kioskMethodNames) {
    api[method] = async (payload?: unknown): Promise<BridgeResult<unknown>> => {
      try {
        return (await transport.invoke(method, payload)) as BridgeResult<unknown>;
      } catch {
        return fail('handler-failed', `${method}: the shell did not answer`);
      }
    };
  }
  api.on = (event: unknown, listener: (payload: unknown) => void): Unsubscribe => {
    if (!isKioskEventName(event)) throw new TypeError('Unknown kiosk event');
    return transport.subscribe((name, payload) => {
      if (name === event) listener(payload);
    });
  };
  return Object.freeze(api) as KioskApi;
}

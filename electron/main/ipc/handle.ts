import { dispatchInvocation, type DispatchLog, type KioskHandlers } from '../../../common/bridge/dispatch.ts';
import { fail, type BridgeResult } from '../../../common/bridge/result.ts';
import { isTrustedSender, type IpcSenderLike, type SenderPolicy } from './sender-policy.ts';

/** What the bridge listener needs; Electron objects reach it through these small interfaces. */
export interface BridgeListenerDeps {
  readonly policy: SenderPolicy;
  readonly handlers: KioskHandlers;
  readonly log: DispatchLog;
}

/**
 * The single `handle()` wrapper of every bridge call: checks the sender first, then validates the
 * envelope and payload, and only then calls the method's handler. Anything refused gets a typed
 * error and is logged without its payload.
 */
export function createBridgeListener(
  deps: BridgeListenerDeps,
): (event: IpcSenderLike, envelope: unknown) => Promise<BridgeResult<unknown>> {
  return async (event, envelope) => {
    if (!isTrustedSender(event, deps.policy)) {
      deps.log('bridge: refused a call from an untrusted sender');
      return fail('forbidden-sender', 'Forbidden sender');
    }
    return dispatchInvocation(envelope, deps.handlers, deps.log);
  };
}

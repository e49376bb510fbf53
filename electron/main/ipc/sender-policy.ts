import { isTrustedOriginUrl, type TrustedOrigin } from '../../../common/security/app-origin.ts';

/** The parts of an IPC event the sender check reads (an `IpcMainInvokeEvent` fits). */
export interface IpcSenderLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** What a trusted sender is: the kiosk host window's web contents, serving our origin. */
export interface SenderPolicy {
  /** Id of the host window's web contents, read when the call arrives. */
  readonly hostWebContentsId: () => number | undefined;
  readonly trustedOrigins: readonly TrustedOrigin[];
}

/**
 * True when an IPC call comes from the host window's main frame on our origin.
 * Calls from the portal, from a sub-frame, from a destroyed frame or from another origin are refused.
 */
export function isTrustedSender(event: IpcSenderLike, policy: SenderPolicy): boolean {
  const hostId = policy.hostWebContentsId();
  if (hostId === undefined || event.sender.id !== hostId) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isTrustedOriginUrl(frame.url, policy.trustedOrigins);
}

/**
 * The outcome of every bridge call. Errors are values, never thrown across the bridge,
 * so the renderer always knows what went wrong and can offer a way forward.
 */

/** Why a bridge call was refused or failed. */
export type BridgeErrorCode =
  /** The call came from a frame that is not the kiosk's own host page. */
  | 'forbidden-sender'
  /** The method name is not part of the contract. */
  | 'unknown-method'
  /** The payload did not match the method's schema. */
  | 'invalid-payload'
  /** The handler ran and failed. */
  | 'handler-failed'
  /** A staff method was called while no staff session is open (wrong or no PIN, or 2 minutes idle). */
  | 'staff-session-closed';

/** A typed error returned across the bridge. Its message never contains payload contents. */
export interface BridgeError {
  readonly code: BridgeErrorCode;
  readonly message: string;
}

/** Either the value of a successful call or a typed error. */
export type BridgeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: BridgeError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): BridgeResult<T> {
  return { ok: true, value };
}

/** Builds a failed result. */
export function fail<T = never>(code: BridgeErrorCode, message: string): BridgeResult<T> {
  return { ok: false, error: { code, message } };
}

/**
 * Thrown by a handler to refuse a call with a typed error (a refusal, not a failure): the
 * dispatcher answers `fail(code, message)`. The message must not contain payload contents.
 */
export class BridgeRefusal extends Error {
  override readonly name = 'BridgeRefusal';

  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

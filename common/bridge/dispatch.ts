import * as v from 'valibot';
import {
  isKioskMethodName,
  kioskMethodRequests,
  type KioskMethodName,
  type KioskMethodRequest,
  type KioskMethodResponses,
} from './contract.ts';
import { BridgeRefusal, fail, ok, type BridgeResult } from './result.ts';

/** The handlers a shell provides: one per method, taking the validated payload. */
export type KioskHandlers = {
  readonly [M in KioskMethodName]: (
    payload: KioskMethodRequest<M>,
  ) => KioskMethodResponses[M] | Promise<KioskMethodResponses[M]>;
};

/** Where the dispatcher reports refused calls. Lines never contain payload contents. */
export type DispatchLog = (line: string) => void;

/**
 * Validates an `{ method, payload }` envelope and runs the method's handler.
 * Unknown method or invalid payload → a typed error and the handler is not called.
 * Log lines name the method and the error kind only, never the payload.
 */
export async function dispatchInvocation(
  envelope: unknown,
  handlers: KioskHandlers,
  log: DispatchLog,
): Promise<BridgeResult<unknown>> {
  const method = typeof envelope === 'object' && envelope !== null ? (envelope as { method?: unknown }).method : undefined;
  if (!isKioskMethodName(method)) {
    log('bridge: refused a call to an unknown method');
    return fail('unknown-method', 'Unknown bridge method');
  }
  const payload = (envelope as { payload?: unknown }).payload;
  const parsed = v.safeParse(kioskMethodRequests[method], payload);
  if (!parsed.success) {
    log(`bridge: refused ${method}: invalid payload`);
    return fail('invalid-payload', `Invalid payload for ${method}`);
  }
  try {
    const handler = handlers[method] as (p: unknown) => unknown;
    return ok(await handler(parsed.output));
  } catch (error) {
    if (error instanceof BridgeRefusal) {
      log(`bridge: refused ${method}: ${error.code}`);
      return fail(error.code, error.message);
    }
    log(`bridge: ${method} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    return fail('handler-failed', `${method} failed`);
  }
}

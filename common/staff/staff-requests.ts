/**
 * Payload schemas and responses of the staff bridge methods, for `common/bridge/contract.ts`.
 * A PIN crosses the bridge once, to be checked in the main process; it is never logged or stored.
 */
import * as v from 'valibot';
import { kioskModes } from '../bridge/app-info.ts';

/** Schema of a PIN typed on the staff pad: 4 to 8 digits. */
export const pinSchema = v.pipe(v.string(), v.regex(/^\d{4,8}$/, 'un code de 4 à 8 chiffres'));

/** Payload of `staffUnlock`. */
export const staffUnlockRequestSchema = v.strictObject({ pin: pinSchema });

/** A `staffUnlock` request. */
export type StaffUnlockRequest = v.InferOutput<typeof staffUnlockRequestSchema>;

/**
 * The answer to a PIN. A wrong PIN says only that it was wrong and how many tries are left; it is
 * the same answer when no PIN hash is configured, so the pad reveals nothing.
 */
export type StaffUnlockResult =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'rejected'; readonly attemptsLeft: number }
  | { readonly outcome: 'locked'; readonly retryInSeconds: number };

/** Payload of `staffSetMode`. */
export const staffSetModeRequestSchema = v.strictObject({ mode: v.picklist(kioskModes) });

/** A `staffSetMode` request. */
export type StaffSetModeRequest = v.InferOutput<typeof staffSetModeRequestSchema>;

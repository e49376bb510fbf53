/**
 * IPC channels between the portal's preload (inside the EduConnect page) and the main process.
 * The preload reports only the kind of the focused field and that the visitor is active — never a
 * value, a name, a label or an address.
 */
import * as v from 'valibot';
import { fieldKinds, portalRefusals } from './portal-types.ts';

/** The portal preload sends `{ field: FieldKind | null }` when focus enters or leaves a field. */
export const portalFocusChannel = 'portal:focus';

/**
 * Schema of the focus message; main validates it before forwarding to the renderer. `inFrame` is
 * true when focus is inside a frame of another site, which the keyboard cannot type into.
 */
export const portalFocusMessageSchema = v.strictObject({
  field: v.nullable(v.picklist(fieldKinds)),
  inFrame: v.optional(v.boolean()),
});

/** The portal preload sends `{ what }` when it refused the file chooser or the print dialog. */
export const portalRefusedChannel = 'portal:refused';

/** Schema of the refusal message. */
export const portalRefusedMessageSchema = v.strictObject({ what: v.picklist(portalRefusals) });

/** The portal preload sends this (no payload), throttled, when the visitor touches or types. */
export const portalActivityChannel = 'portal:activity';

/** At most one activity ping per this many milliseconds. */
export const portalActivityThrottleMs = 2_000;

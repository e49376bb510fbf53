/**
 * The messages between the preview's portal host (the kiosk page) and the portal agent (inside the
 * framed demo portal), both ways, with their schemas. Every message is checked on arrival: its
 * origin, its source window, then its shape. No message ever carries a value typed in a field,
 * an address beyond a host name, or page content.
 */
import * as v from 'valibot';
import { portalPageMessageSchema } from '../../../common/portal/portal-channels.ts';
import { portalPageCatalog } from '../../../common/portal/portal-pages.ts';
import { fieldKinds, keyboardInputSchema, portalRefusals } from '../../../common/portal/portal-types.ts';

/** Marks the agent's messages. */
export const agentMessageTag = 'borne-portal-agent';

/** Marks the host's commands. */
export const hostCommandTag = 'borne-portal-host';

/** A refused destination as the agent reports it: a host name, or a scheme such as `mailto:`. */
const blockedHostSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\]|[a-z][a-z0-9+.-]*:)$/),
);

/** The stores the agent empties at the end of a visit. */
export const agentWipeStores = ['cookies', 'localStorage', 'sessionStorage', 'indexedDB', 'cacheStorage'] as const;

/** One store the agent emptied (or failed to), and how long it took. */
export const agentWipeStepSchema = v.strictObject({
  store: v.picklist(agentWipeStores),
  ok: v.boolean(),
  ms: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(60_000)),
});

/** One store the agent emptied. */
export type AgentWipeStep = v.InferOutput<typeof agentWipeStepSchema>;

const agentTag = v.literal(agentMessageTag);

/** The ids a page report may carry: the known pages', and their fields'. */
const knownPageIds = portalPageCatalog.pages.map((page) => page.id);
const knownFieldIds = [...new Set(portalPageCatalog.pages.flatMap((page) => (page.fields ?? []).map((field) => field.id)))];
const idOf = (ids: readonly string[]) => v.nullable(ids.length === 0 ? v.null() : v.picklist(ids));

/** Schema of a message from the agent. */
export const agentMessageSchema = v.variant('type', [
  /** A page is ready; whether "Retour" can go back within the portal. */
  v.strictObject({ tag: agentTag, type: v.literal('page'), canGoBack: v.boolean() }),
  /** The page started a navigation to another document. */
  v.strictObject({ tag: agentTag, type: v.literal('leaving') }),
  /**
   * A field took focus (its kind), or no field has it; `inFrame` when focus is inside a frame of
   * the page, which the agent cannot type into.
   */
  v.strictObject({
    tag: agentTag,
    type: v.literal('focus'),
    field: v.nullable(v.picklist(fieldKinds)),
    inFrame: v.optional(v.boolean()),
  }),
  /**
   * Which known page this is and which of its known fields has focus: ids of the catalog, or null
   * (a field always of that page; see `readAgentMessage`).
   */
  v.strictObject({ tag: agentTag, type: v.literal('recognised'), page: idOf(knownPageIds), field: idOf(knownFieldIds) }),
  /** The page tried to open the file chooser or the print dialog; the agent refused it. */
  v.strictObject({ tag: agentTag, type: v.literal('refused'), what: v.picklist(portalRefusals) }),
  /** The visitor touched or typed (throttled by the agent). */
  v.strictObject({ tag: agentTag, type: v.literal('activity') }),
  /** A link or form to a host outside the allow-list was stopped. */
  v.strictObject({ tag: agentTag, type: v.literal('blocked'), host: blockedHostSchema }),
  /** The end-of-visit page emptied the stores. */
  v.strictObject({
    tag: agentTag,
    type: v.literal('wiped'),
    steps: v.pipe(v.array(agentWipeStepSchema), v.maxLength(agentWipeStores.length)),
  }),
]);

/** A message from the agent. */
export type AgentMessage = v.InferOutput<typeof agentMessageSchema>;

const hostTag = v.literal(hostCommandTag);

/** The navigations the agent performs itself (retry is the host's: it reloads the frame). */
export const agentNavigations = ['back', 'reload'] as const;

/** Schema of a command from the host. */
export const hostCommandSchema = v.variant('type', [
  /** Type one on-screen keyboard action into the focused field. */
  v.strictObject({ tag: hostTag, type: v.literal('type'), input: keyboardInputSchema }),
  /** Go back or reload within the portal. */
  v.strictObject({ tag: hostTag, type: v.literal('navigate'), action: v.picklist(agentNavigations) }),
  /** The frame loaded a document: the agent, if there is one, answers with `page`. No content. */
  v.strictObject({ tag: hostTag, type: v.literal('ping') }),
]);

/** A command from the host. */
export type HostCommand = v.InferOutput<typeof hostCommandSchema>;

/** What a `message` event offers: its sender's origin and window, and the data. */
export interface ReceivedMessage {
  readonly origin: string;
  readonly source: unknown;
  readonly data: unknown;
}

/** The only sender a side accepts: its origin and its window. */
export interface ExpectedSender {
  readonly origin: string;
  readonly source: unknown;
}

function fromSender(event: ReceivedMessage, expected: ExpectedSender): boolean {
  return event.origin === expected.origin && event.source !== null && event.source === expected.source;
}

/**
 * The agent's message in `event`, or undefined when it comes from elsewhere or is malformed (a
 * page report naming a field of another page included).
 */
export function readAgentMessage(event: ReceivedMessage, expected: ExpectedSender): AgentMessage | undefined {
  if (!fromSender(event, expected)) return undefined;
  const parsed = v.safeParse(agentMessageSchema, event.data);
  if (!parsed.success) return undefined;
  const message = parsed.output;
  if (message.type === 'recognised' && !v.is(portalPageMessageSchema, { page: message.page, field: message.field })) return undefined;
  return message;
}

/** The host's command in `event`, or undefined when it comes from elsewhere or is malformed. */
export function readHostCommand(event: ReceivedMessage, expected: ExpectedSender): HostCommand | undefined {
  if (!fromSender(event, expected)) return undefined;
  const parsed = v.safeParse(hostCommandSchema, event.data);
  return parsed.success ? parsed.output : undefined;
}

import type { IpcMain } from 'electron';
import * as v from 'valibot';
import { isAllowedUrl } from '../../../common/navigation-policy.ts';
import {
  portalActivityChannel,
  portalFocusChannel,
  portalFocusMessageSchema,
  portalPageChannel,
  portalPageMessageSchema,
  portalRefusedChannel,
  portalRefusedMessageSchema,
} from '../../../common/portal/portal-channels.ts';
import type { FieldKind, PortalRefusal } from '../../../common/portal/portal-types.ts';
import type { IpcSenderLike } from '../ipc/sender-policy.ts';
import type { Logger } from '../log.ts';

/** What the portal preload's messages reach: the current portal, if any. */
export interface PortalIpcTarget {
  /** Id of the current visitor's portal web contents, or undefined when there is none. */
  portalContentsId(): number | undefined;
  /** The allow-list the sending page must be on. */
  allowedHosts(): readonly string[];
  /**
   * A field of the given kind took focus, or none has it (null); `inFrame` when focus is inside a
   * frame of another site, which the keyboard cannot type into.
   */
  reportFocus(field: FieldKind | null, inFrame: boolean): void;
  /** The page tried to open the file chooser or the print dialog, and the preload refused it. */
  reportRefused(what: PortalRefusal): void;
  /** The visitor touched or typed in the portal. */
  reportActivity(): void;
  /** The known page shown (a catalog id, or null) and its known field with focus (an id, or null). */
  reportPage(page: string | null, field: string | null): void;
}

/** A listener as `ipcMain.on` takes it, with only the event parts read here. */
type PortalIpcListener = (event: IpcSenderLike, ...args: unknown[]) => void;

/**
 * True when a message comes from the current portal's page itself: its web contents, its main
 * frame (not a frame inside it, not a destroyed one), at an allowed address.
 */
export function isCurrentPortalPage(event: IpcSenderLike, target: PortalIpcTarget): boolean {
  const portalId = target.portalContentsId();
  if (portalId === undefined || event.sender.id !== portalId) return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAllowedUrl(frame.url, target.allowedHosts());
}

/**
 * Listens to the portal preload's channels (`portalFocusChannel`, `portalActivityChannel`,
 * `portalRefusedChannel`, `portalPageChannel`).
 * Messages from anyone but the current portal's page, and payloads that do not validate, are
 * dropped (logged without content). Returns the function that stops listening.
 */
export function setupPortalIpc(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, target: PortalIpcTarget, log: Logger): () => void {
  const onFocus: PortalIpcListener = (event, ...args) => {
    if (!isCurrentPortalPage(event, target)) return log.warn('portal: dropped a focus message from another sender');
    const message = args.length === 1 ? v.safeParse(portalFocusMessageSchema, args[0]) : undefined;
    if (message === undefined || !message.success) return log.warn('portal: dropped an invalid focus message');
    target.reportFocus(message.output.field, message.output.inFrame === true);
  };
  const onRefused: PortalIpcListener = (event, ...args) => {
    if (!isCurrentPortalPage(event, target)) return log.warn('portal: dropped a refusal message from another sender');
    const message = args.length === 1 ? v.safeParse(portalRefusedMessageSchema, args[0]) : undefined;
    if (message === undefined || !message.success) return log.warn('portal: dropped an invalid refusal message');
    target.reportRefused(message.output.what);
  };
  const onActivity: PortalIpcListener = (event, ...args) => {
    if (!isCurrentPortalPage(event, target)) return log.warn('portal: dropped an activity message from another sender');
    if (args.length !== 0) return log.warn('portal: dropped an invalid activity message');
    target.reportActivity();
  };
  const onPage: PortalIpcListener = (event, ...args) => {
    if (!isCurrentPortalPage(event, target)) return log.warn('portal: dropped a page message from another sender');
    const message = args.length === 1 ? v.safeParse(portalPageMessageSchema, args[0]) : undefined;
    if (message === undefined || !message.success) return log.warn('portal: dropped an invalid page message');
    target.reportPage(message.output.page, message.output.field);
  };
  ipcMain.on(portalFocusChannel, onFocus);
  ipcMain.on(portalActivityChannel, onActivity);
  ipcMain.on(portalRefusedChannel, onRefused);
  ipcMain.on(portalPageChannel, onPage);
  return () => {
    ipcMain.removeListener(portalPageChannel, onPage);
    ipcMain.removeListener(portalRefusedChannel, onRefused);
    ipcMain.removeListener(portalFocusChannel, onFocus);
    ipcMain.removeListener(portalActivityChannel, onActivity);
  };
}

import { describe, expect, it, vi } from 'vitest';
import { portalActivityChannel, portalFocusChannel, portalPageChannel, portalRefusedChannel } from '../../../common/portal/portal-channels.ts';
import { createLogger } from '../log.ts';
import { type PortalIpcTarget, setupPortalIpc } from './portal-ipc.ts';
import { FakePortalEmitter } from './test-support/fake-portal.ts';

const portalId = 42;
const allowedHosts = ['educonnect.education.gouv.fr'];
const portalPage = { url: 'https://educonnect.education.gouv.fr/idp/', parent: null };

/** A fake `ipcMain` whose `send` calls the listeners as Electron would, with a sender event. */
class FakeIpcMain extends FakePortalEmitter {
  removeListener = vi.fn((name: string, listener: (...args: unknown[]) => void) => {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((registered) => registered !== listener));
    return this;
  });

  send(channel: string, sender: { id: number }, senderFrame: { url: string; parent: unknown } | null, ...args: unknown[]): void {
    this.emit(channel, { sender, senderFrame }, ...args);
  }
}

function setup(current: { readonly id: number | undefined } = { id: portalId }) {
  const ipcMain = new FakeIpcMain();
  const target: PortalIpcTarget = {
    portalContentsId: () => current.id,
    allowedHosts: () => allowedHosts,
    reportFocus: vi.fn(),
    reportActivity: vi.fn(),
    reportRefused: vi.fn(),
    reportPage: vi.fn(),
  };
  const lines: string[] = [];
  const stop = setupPortalIpc(ipcMain as never, target, createLogger((line) => lines.push(line)));
  return { ipcMain, target, lines, stop };
}

describe('setupPortalIpc', () => {
  it('forwards a valid focus message from the current portal page', () => {
    const { ipcMain, target } = setup();
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, { field: 'tel' });
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, { field: null });
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, { field: null, inFrame: true });
    expect(target.reportFocus).toHaveBeenNthCalledWith(1, 'tel', false);
    expect(target.reportFocus).toHaveBeenNthCalledWith(2, null, false);
    expect(target.reportFocus).toHaveBeenNthCalledWith(3, null, true);
  });

  it('forwards a valid refusal from the current portal page, and drops any other', () => {
    const { ipcMain, target } = setup();
    ipcMain.send(portalRefusedChannel, { id: portalId }, portalPage, { what: 'file-upload' });
    ipcMain.send(portalRefusedChannel, { id: portalId }, portalPage, { what: 'print' });
    ipcMain.send(portalRefusedChannel, { id: portalId }, portalPage, { what: 'camera' });
    ipcMain.send(portalRefusedChannel, { id: portalId }, portalPage, { what: 'print', file: 'C:/x' });
    ipcMain.send(portalRefusedChannel, { id: 1 }, portalPage, { what: 'print' });
    expect(target.reportRefused).toHaveBeenCalledTimes(2);
    expect(target.reportRefused).toHaveBeenNthCalledWith(1, 'file-upload');
    expect(target.reportRefused).toHaveBeenNthCalledWith(2, 'print');
  });

  it('forwards a known page and its focused field from the current portal page, and drops any other', () => {
    const { ipcMain, target, lines } = setup();
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: 'activation-identity', field: 'mobile' });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: null, field: null });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: 'Je confirme mon identité', field: null });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: 'login', field: 'mobile' });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: 'login', field: 'identifiant', value: 'p.durand12' });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage);
    ipcMain.send(portalPageChannel, { id: 1 }, portalPage, { page: 'login', field: null });
    expect(target.reportPage).toHaveBeenCalledTimes(2);
    expect(target.reportPage).toHaveBeenNthCalledWith(1, 'activation-identity', 'mobile');
    expect(target.reportPage).toHaveBeenNthCalledWith(2, null, null);
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).not.toMatch(/confirme|durand/);
  });

  it('forwards an activity ping from the current portal page', () => {
    const { ipcMain, target } = setup();
    ipcMain.send(portalActivityChannel, { id: portalId }, portalPage);
    expect(target.reportActivity).toHaveBeenCalledOnce();
  });

  it.each([
    ['another web contents (the host window)', { id: 1 }, portalPage],
    ['a frame inside the portal page', { id: portalId }, { url: 'https://educonnect.education.gouv.fr/frame', parent: {} }],
    ['a destroyed frame', { id: portalId }, null],
    ['a page outside the allow-list', { id: portalId }, { url: 'https://evil.example/', parent: null }],
  ])('drops messages from %s', (_name, sender, frame) => {
    const { ipcMain, target } = setup();
    ipcMain.send(portalFocusChannel, sender, frame, { field: 'text' });
    ipcMain.send(portalActivityChannel, sender, frame);
    ipcMain.send(portalRefusedChannel, sender, frame, { what: 'print' });
    ipcMain.send(portalPageChannel, sender, frame, { page: 'login', field: null });
    expect(target.reportFocus).not.toHaveBeenCalled();
    expect(target.reportActivity).not.toHaveBeenCalled();
    expect(target.reportRefused).not.toHaveBeenCalled();
    expect(target.reportPage).not.toHaveBeenCalled();
  });

  it('drops everything when there is no portal', () => {
    const { ipcMain, target } = setup({ id: undefined });
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, { field: 'text' });
    expect(target.reportFocus).not.toHaveBeenCalled();
  });

  it.each([
    ['no payload', []],
    ['an unknown field kind', [{ field: 'color' }]],
    ['a field value', [{ field: 'password', value: 'secret-pw' }]],
    ['a string', ['password']],
    ['two payloads', [{ field: 'text' }, { field: 'tel' }]],
  ])('drops a focus message with %s, logging no content', (_name, args) => {
    const { ipcMain, target, lines } = setup();
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, ...args);
    expect(target.reportFocus).not.toHaveBeenCalled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secret');
  });

  it('drops an activity message that carries a payload', () => {
    const { ipcMain, target } = setup();
    ipcMain.send(portalActivityChannel, { id: portalId }, portalPage, { typed: 'x' });
    expect(target.reportActivity).not.toHaveBeenCalled();
  });

  it('stops listening', () => {
    const { ipcMain, target, stop } = setup();
    stop();
    ipcMain.send(portalFocusChannel, { id: portalId }, portalPage, { field: 'text' });
    ipcMain.send(portalActivityChannel, { id: portalId }, portalPage);
    ipcMain.send(portalRefusedChannel, { id: portalId }, portalPage, { what: 'print' });
    ipcMain.send(portalPageChannel, { id: portalId }, portalPage, { page: 'login', field: null });
    expect(target.reportPage).not.toHaveBeenCalled();
    expect(target.reportRefused).not.toHaveBeenCalled();
    expect(target.reportFocus).not.toHaveBeenCalled();
    expect(target.reportActivity).not.toHaveBeenCalled();
  });
});

import type { IpcMain } from 'electron';
import { invokeChannel } from '../../../common/bridge/contract.ts';
import { createBridgeListener, type BridgeListenerDeps } from './handle.ts';

/** Registers the one bridge channel on `ipcMain`. Returns a function that removes it. */
export function setupBridge(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: BridgeListenerDeps): () => void {
  ipcMain.handle(invokeChannel, createBridgeListener(deps));
  return () => ipcMain.removeHandler(invokeChannel);
}

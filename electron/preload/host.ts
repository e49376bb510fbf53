/**
 * The host window's preload: exposes `window.kiosk`, one function per contract method plus `on`
 * for events. `ipcRenderer` itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { eventChannel, invokeChannel, isKioskEventName } from '../../common/bridge/contract.ts';
import { createKioskApi } from '../../common/bridge/create-kiosk-api.ts';

const api = createKioskApi({
  invoke: (method, payload) => ipcRenderer.invoke(invokeChannel, { method, payload }),
  subscribe: (listener) => {
    const forward = (_event: unknown, message: unknown): void => {
      if (typeof message !== 'object' || message === null) return;
      const { event, payload } = message as { event?: unknown; payload?: unknown };
      if (isKioskEventName(event)) listener(event, payload);
    };
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
});

contextBridge.exposeInMainWorld('kiosk', api);

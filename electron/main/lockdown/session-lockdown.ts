import type { Session } from 'electron';
import type { Logger } from '../log.ts';

/** The parts of a session the lockdown touches. */
export type LockableSession = Pick<
  Session,
  | 'on'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
>;

/**
 * Closes every door Electron leaves open by default in one session: permission requests (camera,
 * microphone, geolocation, notifications, clipboard…) and permission checks answered no; device
 * access (USB, HID, serial) refused, and the device pickers of `navigator.usb`, `navigator.hid` and
 * `navigator.serial` cancelled (Electron leaves them to the app, and a kiosk has nobody to choose);
 * screen capture and Bluetooth pairing refused; downloads cancelled; spellcheck off. Applied to the
 * default session (the host window's), to each visitor's portal session and to the print session:
 * a session without a handler grants permissions by default.
 */
export function lockDownSession(session: LockableSession, log: Logger, name: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`${name}: denied a permission request (${permission})`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    log.warn(`${name}: refused a screen capture`);
    callback(null);
  });
  session.setBluetoothPairingHandler((_details, callback) => {
    log.warn(`${name}: refused a Bluetooth pairing`);
    callback({ confirmed: false });
  });
  session.on('will-download', (event) => {
    log.warn(`${name}: cancelled a download`);
    event.preventDefault();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    log.warn(`${name}: cancelled a USB device picker`);
    event.preventDefault();
    callback();
  });
  session.on('select-hid-device', (event, _details, callback) => {
    log.warn(`${name}: cancelled a HID device picker`);
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    log.warn(`${name}: cancelled a serial port picker`);
    event.preventDefault();
    callback('');
  });
  session.setSpellCheckerEnabled(false);
}

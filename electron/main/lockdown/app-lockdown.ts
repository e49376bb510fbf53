import type { App } from 'electron';
import type { Logger } from '../log.ts';
import { loggedHostOf } from './logged-host.ts';

/**
 * Answers, for the whole app, the questions Electron would otherwise settle by a default or a
 * native prompt: HTTP authentication is cancelled (nobody may type a password into a browser
 * prompt outside the page), a certificate error is refused, and no client certificate is ever
 * offered (Electron's default picks the first one installed on the machine).
 */
export function setupAppLockdown(app: Pick<App, 'on'>, log: Logger): void {
  app.on('login', (event, _contents, details, _authInfo, callback) => {
    event.preventDefault();
    log.warn(`lockdown: cancelled an HTTP authentication for ${loggedHostOf(details.url)}`);
    callback();
  });
  app.on('certificate-error', (event, _contents, url, _error, _certificate, callback) => {
    event.preventDefault();
    log.warn(`lockdown: refused a certificate error for ${loggedHostOf(url)}`);
    callback(false);
  });
  app.on('select-client-certificate', (event, _contents, url, _list, callback) => {
    event.preventDefault();
    log.warn(`lockdown: offered no client certificate to ${loggedHostOf(url)}`);
    callback();
  });
}

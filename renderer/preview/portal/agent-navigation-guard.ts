/**
 * The portal agent's navigation guard: stops links and form submissions to anywhere outside the
 * allowed origins and reports only the refused host. An allowed link that would open a new window
 * opens in the same frame instead (the frame may not open windows), as in the Electron view.
 * Downloads are refused. The host page's `frame-src` and the demo's `form-action` stop what a
 * script might still try.
 */
import { checkDestination } from './destination-check.ts';

/** Starts guarding; `onBlocked` receives the refused host. Returns the function that stops it. */
export function installNavigationGuard(
  win: Window,
  allowedOrigins: readonly string[],
  onBlocked: (host: string) => void,
): () => void {
  const doc = win.document;
  const controller = new AbortController();
  const options = { capture: true, signal: controller.signal };

  doc.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
      if (!(link instanceof HTMLAnchorElement || link instanceof HTMLAreaElement)) return;
      if (link.hasAttribute('download')) {
        event.preventDefault();
        return;
      }
      const destination = checkDestination(link.getAttribute('href') ?? '', doc.baseURI, allowedOrigins);
      if (destination.kind === 'allowed') {
        const target = link.target.trim().toLowerCase();
        if (target !== '' && target !== '_self') {
          event.preventDefault();
          win.location.assign(destination.url);
        }
        return;
      }
      event.preventDefault();
      if (destination.kind === 'blocked') onBlocked(destination.host);
    },
    options,
  );

  doc.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const submitter = event.submitter;
      const action =
        (submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement) && submitter.hasAttribute('formaction')
          ? submitter.formAction
          : form.action;
      const destination = checkDestination(action, doc.baseURI, allowedOrigins);
      if (destination.kind === 'allowed') return;
      event.preventDefault();
      if (destination.kind === 'blocked') onBlocked(destination.host);
    },
    options,
  );

  return () => controller.abort();
}

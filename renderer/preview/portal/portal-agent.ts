/**
 * The preview's portal agent: a standalone script the preview server injects into every demo
 * portal page (`<script src="/__borne/portal-agent.js" data-host-origin="…" defer>`). When the
 * page is framed by the kiosk's preview, it reports to the host (page state, focused field kind,
 * which known page this is — catalog ids only —, activity, refused destinations), refuses the page's file chooser and print dialog (as the
 * Electron preload does), applies the on-screen keyboard's typing and the toolbar's back and
 * reload, and on the end-of-visit page empties the stores. It talks only to the host origin,
 * through the parent window; opened on its own, it does nothing.
 */
import { keepFocusedFieldInView } from '../../../common/portal/focus-in-view.ts';
import { guardMainWorld } from '../../../common/portal/page-guards-main-world.ts';
import { createRefusalReporter, installFileChooserGuard } from '../../../common/portal/page-guards.ts';
import { demoWipePath } from '../../../common/preview/preview-endpoints.ts';
import { agentMessageTag, readHostCommand, type AgentMessage, type HostCommand } from './agent-protocol.ts';
import { installNavigationGuard } from './agent-navigation-guard.ts';
import { installPageRecognition } from './agent-page-recognition.ts';
import { installReporting } from './agent-reporting.ts';
import { applyKeyboardInput } from './agent-typing.ts';
import { wipeSiteData } from './agent-wipe.ts';

function navigate(win: Window, action: Extract<HostCommand, { type: 'navigate' }>['action']): void {
  if (action === 'reload') {
    win.location.reload();
    return;
  }
  if ('navigation' in win && win.navigation.canGoBack) {
    const { committed, finished } = win.navigation.back();
    committed?.catch(() => undefined);
    finished?.catch(() => undefined);
  }
}

function startAgent(win: Window, hostOrigin: string): void {
  const host = win.parent;
  const post = (message: AgentMessage): void => host.postMessage(message, hostOrigin);

  if (win.location.pathname === demoWipePath) {
    void wipeSiteData(win).then((steps) => post({ tag: agentMessageTag, type: 'wiped', steps }));
    return;
  }

  // The agent runs in the page's own world (a script of the page, at load, before any tap can
  // reach the page): it replaces print and the pickers directly.
  const refuse = createRefusalReporter((what) => post({ tag: agentMessageTag, type: 'refused', what }));
  guardMainWorld(refuse);
  installFileChooserGuard(win, refuse);
  installNavigationGuard(win, [win.location.origin], (blockedHost) => post({ tag: agentMessageTag, type: 'blocked', host: blockedHost }));
  // Which known page this is goes first, so the host knows it before the page is reported ready.
  installPageRecognition(win, post);
  const reporting = installReporting(win, post);
  // The kiosk shrinks the frame for its keyboard and the page companion: the field stays in view.
  keepFocusedFieldInView(win);
  win.addEventListener('message', (event) => {
    const command = readHostCommand(event, { origin: hostOrigin, source: host });
    if (command === undefined) return;
    if (command.type === 'type') applyKeyboardInput(win.document, command.input);
    else if (command.type === 'navigate') navigate(win, command.action);
    else reporting.reportPage();
  });
}

const script = document.currentScript;
const hostOrigin = script instanceof HTMLScriptElement ? script.dataset.hostOrigin : undefined;
if (hostOrigin !== undefined && window.parent !== window) startAgent(window, hostOrigin);

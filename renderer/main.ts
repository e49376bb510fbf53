/**
 * Renderer entry: mounts the kiosk UI on the `window.kiosk` bridge the shell provides
 * (Electron's preload, or the preview bridge in the browser). Only the attract screen is in this
 * chunk; the rest is fetched in idle moments once it has painted.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { prefetchKioskParts } from './parts/kiosk-parts.ts';
import { DisplaySettings } from './state/display-settings.svelte.ts';
import { LanguageChoice } from './state/language-choice.svelte.ts';
import { PortalSession } from './state/portal-session.svelte.ts';
import { browserIdleScheduler } from './state/idle-scheduler.ts';
import { ShellState } from './state/shell-state.svelte.ts';
import { VisitController } from './state/visit-controller.svelte.ts';
import { documentVisitRoot, windowActivity } from './state/visit-root.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target === null) throw new Error('The #app element is missing from index.html');

const controller = new VisitController({
  shell: new ShellState(window.kiosk),
  portal: new PortalSession(window.kiosk),
  language: new LanguageChoice(window.kiosk),
  display: new DisplaySettings(),
  root: documentVisitRoot(document.documentElement),
  activity: windowActivity(window),
});
mount(App, { target, props: { controller } });
prefetchKioskParts(browserIdleScheduler);

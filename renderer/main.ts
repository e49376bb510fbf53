/**
 * Renderer entry: mounts the kiosk UI on the `window.kiosk` bridge the shell provides
 * (Electron's preload, or the preview bridge in the browser).
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { DisplaySettings } from './state/display-settings.svelte.ts';
import { LanguageChoice } from './state/language-choice.svelte.ts';
import { PortalSession } from './state/portal-session.svelte.ts';
import { ShellState } from './state/shell-state.svelte.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target === null) throw new Error('The #app element is missing from index.html');

mount(App, {
  target,
  props: {
    shell: new ShellState(window.kiosk),
    portal: new PortalSession(window.kiosk),
    language: new LanguageChoice(window.kiosk),
    display: new DisplaySettings(),
  },
});

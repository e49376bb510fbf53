/**
 * The kiosk's one speaker, on the browser's own speech synthesis, made the first time a button
 * asks for it. Undefined where the page has no speech synthesis at all.
 */
import { Speaker } from './speaker.svelte.ts';
import type { SpeechSynthesisLike, TapSource } from './speech-port.ts';

/** Every touch and key of the page, seen before the page handles it (capture phase). */
export const windowTaps: TapSource = (onTap) => {
  const listener = (): void => onTap();
  window.addEventListener('pointerdown', listener, { capture: true, passive: true });
  window.addEventListener('keydown', listener, { capture: true, passive: true });
  return () => {
    window.removeEventListener('pointerdown', listener, { capture: true });
    window.removeEventListener('keydown', listener, { capture: true });
  };
};

let speaker: Speaker | null | undefined;

/** The kiosk's speaker, or undefined when the page cannot speak. */
export function kioskSpeaker(): Speaker | undefined {
  if (speaker === undefined) {
    const synthesis: SpeechSynthesisLike | undefined = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    speaker =
      synthesis === undefined || typeof SpeechSynthesisUtterance !== 'function'
        ? null
        : new Speaker(synthesis, (text) => new SpeechSynthesisUtterance(text), windowTaps);
  }
  return speaker ?? undefined;
}

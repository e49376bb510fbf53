import type { ActivitySource, VisitRoot } from './visit-controller.svelte.ts';

/** The root classes the visitor's display choices can set (styles live in global.css). */
const displayClassNames = ['text-150', 'text-200', 'contrast-high', 'within-reach'] as const;

/** The visit's view of the document's root element. */
export function documentVisitRoot(root: HTMLElement): VisitRoot {
  return {
    setLanguage: (language, direction) => {
      root.lang = language;
      root.dir = direction;
    },
    setDisplayClasses: (classes) => {
      root.classList.remove(...displayClassNames);
      root.classList.add(...classes);
    },
  };
}

/** Touches and keys anywhere in the host window, seen before the page's own handlers. */
export function windowActivity(target: Window): ActivitySource {
  return (onActivity) => {
    target.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
    target.addEventListener('keydown', onActivity, { capture: true, passive: true });
    return () => {
      target.removeEventListener('pointerdown', onActivity, { capture: true });
      target.removeEventListener('keydown', onActivity, { capture: true });
    };
  };
}

// The in-page half of the benchmarks: timings are taken inside the page with `performance.now()`,
// never from Playwright's side of the wire. `installProbe` runs, as the source text `probeScript`,
// in every document of a benchmark page (host page and portal frame) before the document's own
// scripts (`addInitScript`), so it must not use anything from this module's scope.

/** What the probe waits for: an element, optionally with a given text. */
export interface Expectation {
  /** A CSS selector. */
  readonly selector: string;
  /** The element's text, whitespace collapsed, must equal this. */
  readonly text?: string;
  /** The element's text, whitespace collapsed, must contain this. */
  readonly includes?: string;
}

/** Times from a tap (or from the call) to an expected element, in ms. */
export interface ScreenTiming {
  /** Until the expected element is in the DOM (Svelte's update flushed). */
  readonly dom: number;
  /** Until then, plus a forced style and layout of that element. */
  readonly layout: number;
  /** Until the next animation frame after it is in the DOM (includes waiting for the frame). */
  readonly frame: number;
  /** The element's text when it was found, whitespace collapsed. */
  readonly text: string;
}

/** One tap of a walk: the button's accessible name, and what shows after it. */
export interface TapStep {
  /** The button's `aria-label`, or else its text, whitespace collapsed. */
  readonly label: string;
  readonly expected: Expectation;
}

/** The probe, as `window.benchProbe` in every document of a benchmark page. */
export interface BenchProbe {
  /** The first enabled, visible button (document order) whose `aria-label` or text is `label`. */
  button(label: string): HTMLButtonElement | undefined;
  /**
   * Taps the buttons of `steps` one after the other, each once the previous one's screen is in the
   * DOM and, when `frames` is true, the next animation frame has come (else its `frame` is 0).
   */
  tapSequence(steps: readonly TapStep[], timeoutMs: number, frames: boolean): Promise<ScreenTiming[]>;
  /**
   * Taps the button named `label`, then waits for each of `expectations` in turn; every timing is
   * counted from the tap.
   */
  tapAndWaitSeries(label: string, expectations: readonly Expectation[], timeoutMs: number): Promise<ScreenTiming[]>;
  /** Times from this call until `expected` is in the DOM. */
  waitFor(expected: Expectation, timeoutMs: number): Promise<ScreenTiming>;
  /** Resolves after two animation frames: the previous change is painted and the page is quiet. */
  settle(): Promise<void>;
  /** Timers of this document still to fire: pending `setTimeout`s and idle callbacks, uncleared `setInterval`s. */
  liveTimers(): number;
  /** `performance.timeOrigin + performance.now()`: a time comparable between documents. */
  epochNow(): number;
  /** Starts recording `pointerdown`s on elements inside `selector` (a fresh record each call). */
  recordTaps(selector: string): void;
  /** The recorded taps. */
  taps(): readonly TapRecord[];
  /** Starts recording `input` events in this document (a fresh record each call). */
  recordInputs(): void;
  /** The recorded `input` events; `painted` is filled in at the next animation frame. */
  inputs(): readonly InputRecord[];
}

/** A recorded `pointerdown`, times as `epochNow()`. */
export interface TapRecord {
  /** The event's own time stamp: when the input reached the browser. */
  readonly input: number;
  /** When the page's listener ran. */
  readonly handled: number;
}

/** A recorded `input` event, times as `epochNow()`. */
export interface InputRecord {
  /** When the event fired (the field's value already changed). */
  readonly at: number;
  /** The next animation frame after it (0 until then). */
  painted: number;
  /** The field's value length after the event. */
  readonly length: number;
}

/** `window` with the probe. */
export type ProbedWindow = Window & { readonly benchProbe: BenchProbe };

/**
 * Installs `window.benchProbe`. Also wraps the timer functions to count live timers: a
 * `setTimeout` or an idle callback is live from its call until it runs or is cancelled; a
 * `setInterval` until cleared.
 * The probe's own timers use the original functions and are not counted. Whatever replaces the
 * timer functions later (Playwright's fake clock) is wrapped when it is assigned.
 */
export function installProbe(): void {
  const win = window as unknown as Record<string, unknown>;
  if (win.benchProbe !== undefined) return;
  const nativeSetTimeout = window.setTimeout.bind(window);
  const nativeClearTimeout = window.clearTimeout.bind(window);
  const nativeRaf = window.requestAnimationFrame.bind(window);
  const live = new Set<number>();

  type SetTimer = (handler: TimerHandler, timeout?: number, ...rest: unknown[]) => number;
  type ClearTimer = (id?: number) => void;
  const wrapSetTimeout = (original: SetTimer): SetTimer =>
    function wrappedSetTimeout(handler: TimerHandler, timeout?: number, ...rest: unknown[]): number {
      // String handlers (refused by the kiosk's CSP anyway) are passed on and not counted.
      if (typeof handler !== 'function') return original.call(window, handler, timeout, ...rest);
      let id = 0;
      const run = (...args: unknown[]): void => {
        live.delete(id);
        (handler as (...a: unknown[]) => void)(...args);
      };
      id = original.call(window, run, timeout, ...rest);
      live.add(id);
      return id;
    };
  const wrapSetInterval = (original: SetTimer): SetTimer =>
    function wrappedSetInterval(handler: TimerHandler, timeout?: number, ...rest: unknown[]): number {
      const id = original.call(window, handler, timeout, ...rest);
      live.add(id);
      return id;
    };
  const wrapClear = (original: ClearTimer): ClearTimer =>
    function wrappedClear(id?: number): void {
      if (id !== undefined) live.delete(id);
      original.call(window, id);
    };
  // Idle callbacks have their own numbers: counted in a set of their own.
  const liveIdle = new Set<number>();
  type RequestIdle = (callback: IdleRequestCallback, options?: IdleRequestOptions) => number;
  const wrapRequestIdle = (original: RequestIdle): RequestIdle =>
    function wrappedRequestIdle(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
      let id = 0;
      id = original.call(
        window,
        (deadline) => {
          liveIdle.delete(id);
          callback(deadline);
        },
        options,
      );
      liveIdle.add(id);
      return id;
    };
  const wrapCancelIdle = (original: (id: number) => void): ((id: number) => void) =>
    function wrappedCancelIdle(id: number): void {
      liveIdle.delete(id);
      original.call(window, id);
    };
  const wrappers: Record<string, (original: never) => unknown> = {
    setTimeout: wrapSetTimeout,
    setInterval: wrapSetInterval,
    clearTimeout: wrapClear,
    clearInterval: wrapClear,
    requestIdleCallback: wrapRequestIdle,
    cancelIdleCallback: wrapCancelIdle,
  };
  for (const [name, wrap] of Object.entries(wrappers)) {
    let current = wrap(win[name] as never);
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (replacement: unknown) => {
        current = wrap(replacement as never);
      },
    });
  }

  const collapse = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const find = (expected: Expectation): Element | undefined => {
    const element = document.querySelector(expected.selector);
    if (element === null) return undefined;
    const text = collapse(element.textContent);
    if (expected.text !== undefined && text !== collapse(expected.text)) return undefined;
    if (expected.includes !== undefined && !text.includes(expected.includes)) return undefined;
    return element;
  };

  const timed = (expected: Expectation, timeoutMs: number, act: () => void, origin?: number, frames = true): Promise<ScreenTiming> =>
    new Promise<ScreenTiming>((resolve, reject) => {
      let start = origin ?? 0;
      let found = false;
      const check = (): void => {
        if (found) return;
        const element = find(expected);
        if (element === undefined) return;
        found = true;
        observer.disconnect();
        nativeClearTimeout(guard);
        const dom = performance.now() - start;
        element.getBoundingClientRect();
        const layout = performance.now() - start;
        const text = collapse(element.textContent);
        if (frames) nativeRaf(() => resolve({ dom, layout, frame: performance.now() - start, text }));
        else resolve({ dom, layout, frame: 0, text });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributeFilter: ['data-screen', 'data-portal-target'],
      });
      const guard = nativeSetTimeout(() => {
        if (found) return;
        observer.disconnect();
        const seen = collapse(document.querySelector(expected.selector)?.textContent ?? null);
        reject(new Error(`benchProbe: no ${JSON.stringify(expected)} within ${String(timeoutMs)} ms (found text: "${seen}")`));
      }, timeoutMs);
      if (origin === undefined) start = performance.now();
      act();
      check();
    });

  const button = (label: string): HTMLButtonElement | undefined => {
    for (const candidate of Array.from(document.querySelectorAll('button'))) {
      // A finger only reaches what is shown: the guide keeps screens rendered ahead, hidden.
      if (candidate.disabled || !candidate.checkVisibility({ visibilityProperty: true })) continue;
      if (candidate.getAttribute('aria-label') === label || collapse(candidate.textContent) === collapse(label)) return candidate;
    }
    return undefined;
  };

  const tap = (target: Element): void => {
    const init: PointerEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      pointerId: 1,
      pointerType: 'touch',
      isPrimary: true,
      button: 0,
      buttons: 1,
    };
    target.dispatchEvent(new PointerEvent('pointerdown', init));
    target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
    if (target instanceof HTMLElement) target.click();
    else target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  };

  const epochNow = (): number => performance.timeOrigin + performance.now();
  let tapRecords: TapRecord[] = [];
  let inputRecords: InputRecord[] = [];
  let tapSelector: string | undefined;
  let listening = false;
  const startListening = (): void => {
    if (listening) return;
    listening = true;
    window.addEventListener(
      'pointerdown',
      (event) => {
        if (tapSelector === undefined || !(event.target instanceof Element) || event.target.closest(tapSelector) === null) return;
        tapRecords.push({ input: performance.timeOrigin + event.timeStamp, handled: epochNow() });
      },
      { capture: true, passive: true },
    );
    document.addEventListener(
      'input',
      (event) => {
        const target = event.target;
        const length = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.value.length : -1;
        const record: InputRecord = { at: epochNow(), painted: 0, length };
        inputRecords.push(record);
        nativeRaf(() => {
          record.painted = epochNow();
        });
      },
      { capture: true, passive: true },
    );
  };

  const probe: BenchProbe = {
    epochNow,
    recordTaps: (selector) => {
      startListening();
      tapSelector = selector;
      tapRecords = [];
    },
    taps: () => tapRecords,
    recordInputs: () => {
      startListening();
      inputRecords = [];
    },
    inputs: () => inputRecords,
    button,
    tapSequence: async (steps, timeoutMs, frames) => {
      const timings: ScreenTiming[] = [];
      for (const step of steps) {
        const target = button(step.label);
        if (target === undefined) throw new Error(`benchProbe: no button "${step.label}"`);
        timings.push(await timed(step.expected, timeoutMs, () => tap(target), undefined, frames));
      }
      return timings;
    },
    tapAndWaitSeries: async (label, expectations, timeoutMs) => {
      const target = button(label);
      if (target === undefined) throw new Error(`benchProbe: no button "${label}"`);
      const timings: ScreenTiming[] = [];
      const origin = performance.now();
      for (const [index, expected] of expectations.entries()) {
        timings.push(await timed(expected, timeoutMs, index === 0 ? () => tap(target) : () => undefined, origin));
      }
      return timings;
    },
    waitFor: (expected, timeoutMs) => timed(expected, timeoutMs, () => undefined),
    settle: () => new Promise<void>((resolve) => nativeRaf(() => nativeRaf(() => resolve()))),
    liveTimers: () => live.size + liveIdle.size,
  };
  Object.defineProperty(window, 'benchProbe', { value: probe, configurable: false, writable: false });
}

/**
 * `installProbe` as a script for `addInitScript({ content })`. tsx compiles with esbuild's
 * `keepNames`, which wraps inner functions in a `__name()` helper that does not exist in the page;
 * the script defines a do-nothing one around the function's source.
 */
export const probeScript = `(() => { const __name = (target) => target; (${installProbe.toString()})(); })();`;

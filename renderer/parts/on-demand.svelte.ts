/**
 * A part of the renderer loaded on demand (a dynamic `import()` of its own chunk): the first
 * screen loads without it, an idle moment fetches it ahead, and whatever needs it first waits at
 * most for a local file. The loaded module is reactive, so a component that renders the part
 * shows it as soon as it arrives.
 */
export class OnDemand<Module> {
  /** The loaded module, once it has arrived. */
  loaded: Module | undefined = $state.raw();
  /** True when the last load failed (the next `load()` tries again). */
  failed = $state(false);
  readonly #importer: () => Promise<Module>;
  #loading: Promise<Module> | undefined;

  /** `importer`: the dynamic `import()` of the part's module. */
  constructor(importer: () => Promise<Module>) {
    this.#importer = importer;
  }

  /** Loads the part once; every caller gets the same module. A failed load can be tried again. */
  load(): Promise<Module> {
    this.#loading ??= this.#importer().then(
      (module) => {
        this.loaded = module;
        this.failed = false;
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Starts loading without waiting; a failure is left for the next `load()` to report. */
  prefetch(): void {
    this.load().catch(() => undefined);
  }
}

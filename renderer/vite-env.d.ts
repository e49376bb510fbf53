/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The package version, injected at build time. */
  readonly VITE_APP_VERSION: string;
}

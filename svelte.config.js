/** Svelte compiler settings: runes everywhere (Svelte 5). */
export default {
  compilerOptions: { runes: true },
};

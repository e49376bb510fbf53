/**
 * The longest a print request takes before the main process answers (printer list, loading the
 * slip, settling the layout and the print job together). The renderer stops waiting a little later.
 * Kept apart from the bridge's schemas so that the renderer's first chunk can read it without them.
 */
export const printJobTimeoutMs = 20_000;

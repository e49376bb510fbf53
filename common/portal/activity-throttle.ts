/**
 * Leading-edge throttle of the portal's "the visitor is active" pings: the first touch is reported
 * at once, then at most one ping per interval. No timer is left running between pings.
 */

/** Creates a function that calls `ping` at most once per `intervalMs`, on the leading edge. */
export function createActivityThrottle(
  ping: () => void,
  intervalMs: number,
  now: () => number = Date.now,
): () => void {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    ping();
  };
}

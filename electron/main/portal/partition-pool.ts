import type { Logger } from '../log.ts';
import type { PortalSession, PortalSessionSource, PortalTimers } from './portal-view.ts';
import { timeBox } from './time-box.ts';

/** One partition of the pool and its in-memory session. */
export interface PooledPartition {
  readonly partition: string;
  readonly session: PortalSession;
}

/** Every visitor partition's name starts so; never `persist:`, so nothing reaches the disk. */
export const portalPartitionPrefix = 'portal-visitor-';

/** Partitions in the pool: one in use, one being wiped, one spare. */
export const defaultPoolSize = 3;

/** How long proving a session empty may take before it counts as not proven. */
const proofMs = 1_000;

/** What the pool is built from. */
export interface PartitionPoolOptions {
  /** The in-memory session of a partition name (`session.fromPartition`). */
  readonly sessionOf: PortalSessionSource;
  /** Called once per session, when the pool first makes it (hardening that lasts its whole life). */
  readonly prepare: (pooled: PooledPartition) => void;
  /** Clears a session again; true when every step finished. */
  readonly clear: (session: PortalSession) => Promise<boolean>;
  readonly log: Logger;
  readonly timers: PortalTimers;
  readonly size?: number;
}

interface Slot {
  readonly pooled: PooledPartition;
  inUse: boolean;
  /** Its last clearing did not finish: clear it again before anyone uses it. */
  dirty: boolean;
  /** It could not be proven empty: never used again until the kiosk restarts. */
  tainted: boolean;
}

/**
 * A small fixed pool of in-memory partitions, reused in turn. Electron keeps every session's
 * browser context until the app quits (there is no API to destroy a session), so a fresh partition
 * per visitor would leak one context per visit on a kiosk that runs for weeks. Visitors stay apart
 * because a partition is cleared at the end of each visit and proven empty before it is used again;
 * one that cannot be proven empty is set aside, and when none is left a one-off partition is used
 * (never mixing two visitors) and the kiosk asks for a restart between visitors.
 */
export class PartitionPool {
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private next = 0;
  private extra = 0;
  private restartWanted = false;

  constructor(private readonly options: PartitionPoolOptions) {
    this.size = options.size ?? defaultPoolSize;
  }

  /** The next partition in turn that is free and proven empty. */
  async acquire(): Promise<PooledPartition> {
    for (let tried = 0; tried < this.size; tried += 1) {
      const index = (this.next + tried) % this.size;
      const slot = this.slots[index] ?? this.create(index);
      if (slot.inUse || slot.tainted) continue;
      if (await this.makeReady(slot)) {
        this.next = (index + 1) % this.size;
        slot.inUse = true;
        return slot.pooled;
      }
    }
    this.restartWanted = true;
    this.options.log.error('portal: no pooled partition could be proven empty; using a one-off partition until the next restart');
    this.extra += 1;
    return this.make(`${portalPartitionPrefix}extra-${String(this.extra)}`);
  }

  /** Gives a partition back once its visit is wiped; `cleared` is false when a clearing step did not finish. */
  release(pooled: PooledPartition, cleared: boolean): void {
    const slot = this.slots.find((candidate) => candidate.pooled === pooled);
    if (slot === undefined) return;
    slot.inUse = false;
    slot.dirty = !cleared;
  }

  /** How many distinct partitions (and so browser contexts) the kiosk has made. */
  partitionsUsed(): number {
    return this.slots.length + this.extra;
  }

  /** True once a partition had to be set aside: a restart between visitors gives the memory back. */
  wantsRestart(): boolean {
    return this.restartWanted;
  }

  private create(index: number): Slot {
    const slot: Slot = { pooled: this.make(`${portalPartitionPrefix}${String(index)}`), inUse: false, dirty: false, tainted: false };
    this.slots[index] = slot;
    return slot;
  }

  private make(partition: string): PooledPartition {
    const pooled = { partition, session: this.options.sessionOf(partition) };
    this.options.prepare(pooled);
    return pooled;
  }

  private async makeReady(slot: Slot): Promise<boolean> {
    if (slot.dirty) slot.dirty = !(await this.options.clear(slot.pooled.session));
    if (!slot.dirty && (await this.isEmpty(slot.pooled.session))) return true;
    this.options.log.warn(`portal: ${slot.pooled.partition} was not empty; clearing it again`);
    slot.dirty = !(await this.options.clear(slot.pooled.session));
    if (!slot.dirty && (await this.isEmpty(slot.pooled.session))) return true;
    slot.tainted = true;
    this.restartWanted = true;
    this.options.log.error(`portal: ${slot.pooled.partition} could not be proven empty; set aside until the next restart`);
    return false;
  }

  /** No cookie left: what a sign-in leaves behind first, and the part a next visitor could reuse. */
  private async isEmpty(session: PortalSession): Promise<boolean> {
    let count: number | undefined;
    const outcome = await timeBox(
      async () => {
        count = (await session.cookies.get({})).length;
      },
      proofMs,
      this.options.timers,
    );
    return outcome === 'done' && count === 0;
  }
}

import { describe, expect, it, vi } from 'vitest';
import type { KioskHandlers } from '../../common/bridge/dispatch.ts';
import { VisitorPresence } from './visitor-presence.ts';

describe('VisitorPresence', () => {
  it('is present from the visit’s start to its end, and leaves the answers unchanged', async () => {
    const report = { steps: [], totalMs: 3 };
    const inner = { recordStatistic: vi.fn(() => null), endVisit: vi.fn(() => Promise.resolve(report)) } as unknown as KioskHandlers;
    const presence = new VisitorPresence();
    const handlers = presence.follow(inner);
    expect(presence.isPresent()).toBe(false);
    expect(handlers.recordStatistic({ kind: 'language-chosen', language: 'ar' })).toBeNull();
    expect(presence.isPresent()).toBe(false);
    handlers.recordStatistic({ kind: 'visit-started' });
    expect(presence.isPresent()).toBe(true);
    await expect(handlers.endVisit(undefined)).resolves.toBe(report);
    expect(presence.isPresent()).toBe(false);
    expect(inner.recordStatistic).toHaveBeenCalledTimes(2);
  });
});

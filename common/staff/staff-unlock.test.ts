import { describe, expect, it } from 'vitest';
import { pinLockoutMs } from './pin-lockout.ts';
import { createStaffUnlock } from './staff-unlock.ts';

/** A fake clock and a fake verifier whose PIN is 1234 and which resolves when told to. */
function setup(configured = true) {
  const storedHash = configured ? 'stored' : undefined;
  let now = 0;
  const lines: string[] = [];
  const checked: string[] = [];
  const pending: (() => void)[] = [];
  let manual = false;
  const unlock = createStaffUnlock({
    now: () => now,
    storedHash: () => storedHash,
    verify: (pin) => {
      checked.push(pin);
      const answer = pin === '1234';
      if (!manual) return Promise.resolve(answer);
      return new Promise((resolve) => pending.push(() => resolve(answer)));
    },
    log: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
  });
  return {
    unlock,
    lines,
    checked,
    pending,
    advance: (ms: number) => {
      now += ms;
    },
    holdVerification: () => {
      manual = true;
    },
  };
}

describe('createStaffUnlock', () => {
  it('accepts the right PIN and logs without the PIN', async () => {
    const s = setup();
    await expect(s.unlock('1234')).resolves.toEqual({ outcome: 'accepted' });
    expect(s.lines).toEqual(['staff: unlocked']);
  });

  it('counts wrong PINs down, then locks for five minutes without checking any PIN', async () => {
    const s = setup();
    for (let left = 4; left >= 1; left -= 1) {
      await expect(s.unlock('0000')).resolves.toEqual({ outcome: 'rejected', attemptsLeft: left });
    }
    await expect(s.unlock('0000')).resolves.toEqual({ outcome: 'locked', retryInSeconds: 300 });
    s.advance(60_000);
    await expect(s.unlock('1234')).resolves.toEqual({ outcome: 'locked', retryInSeconds: 240 });
    expect(s.checked).toHaveLength(5);
    s.advance(pinLockoutMs - 60_000);
    await expect(s.unlock('1234')).resolves.toEqual({ outcome: 'accepted' });
    expect(s.lines.join('\n')).not.toMatch(/0000|1234/);
  });

  it('handles quick attempts one at a time, so a sixth cannot slip past the gate', async () => {
    const s = setup();
    s.holdVerification();
    const results = ['1', '2', '3', '4', '5', '6'].map((d) => s.unlock(d.repeat(4)));
    for (let i = 0; i < 5; i += 1) {
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      expect(s.pending).toHaveLength(i + 1);
      s.pending[i]?.();
    }
    const outcomes = (await Promise.all(results)).map((r) => r.outcome);
    expect(outcomes).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'locked', 'locked']);
    expect(s.checked).toHaveLength(5);
  });

  it('refuses every PIN like a wrong one when no hash is configured, and says why in the log', async () => {
    const s = setup(false);
    await expect(s.unlock('1234')).resolves.toEqual({ outcome: 'rejected', attemptsLeft: 4 });
    expect(s.checked).toEqual([]);
    expect(s.lines[0]).toContain('no PIN hash');
  });
});

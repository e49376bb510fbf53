import { describe, expect, it } from 'vitest';
import { LongPress, staffGestureHoldMs } from './long-press.ts';
import { FakeTime } from './test-support/fake-time.ts';

function setup() {
  const time = new FakeTime();
  let fired = 0;
  const press = new LongPress({ schedule: time.schedule, onLongPress: () => (fired += 1) });
  return { time, press, fired: () => fired };
}

describe('the staff gesture', () => {
  it('fires once after the press is held three seconds on the school name, not a millisecond before', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, true);
    time.advance(staffGestureHoldMs - 1);
    expect(fired()).toBe(0);
    time.advance(1);
    expect(fired()).toBe(1);
    time.advance(10_000);
    expect(fired()).toBe(1);
    expect(press.up(1)).toBe(true);
  });

  it('is an ordinary tap when lifted before three seconds', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, true);
    time.advance(2_000);
    expect(press.up(1)).toBe(false);
    time.advance(5_000);
    expect(fired()).toBe(0);
    expect(time.pending).toBe(0);
  });

  it('ignores a press anywhere else', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, false);
    time.advance(5_000);
    expect(fired()).toBe(0);
    expect(press.pressing).toBe(false);
  });

  it('stops when the finger slides away, but tolerates a small drift', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, true);
    press.move(1, 110, 110);
    time.advance(1_000);
    press.move(1, 160, 100);
    time.advance(5_000);
    expect(fired()).toBe(0);
  });

  it('stops when a second finger comes down, or the press is cancelled', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, true);
    press.down(2, 300, 300, true);
    time.advance(5_000);
    expect(fired()).toBe(0);
    press.down(3, 100, 100, true);
    press.cancel();
    time.advance(5_000);
    expect(fired()).toBe(0);
  });

  it('ignores the lifting of another finger', () => {
    const { time, press, fired } = setup();
    press.down(1, 100, 100, true);
    expect(press.up(7)).toBe(false);
    time.advance(staffGestureHoldMs);
    expect(fired()).toBe(1);
  });
});

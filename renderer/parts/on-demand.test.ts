import { describe, expect, it } from 'vitest';
import { OnDemand } from './on-demand.svelte.ts';

describe('OnDemand', () => {
  it('imports once, however many ask, and exposes the module once it has arrived', async () => {
    let imports = 0;
    const part = new OnDemand(() => {
      imports += 1;
      return Promise.resolve({ default: 'GuideView' });
    });
    expect(part.loaded).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    part.prefetch();
    expect(imports).toBe(1);
    expect(a).toBe(b);
    expect(part.loaded).toEqual({ default: 'GuideView' });
  });

  it('reports a failed import and tries again on the next load', async () => {
    let attempt = 0;
    const part = new OnDemand(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: 'ok' });
    });
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.failed).toBe(true);
    expect(part.loaded).toBeUndefined();
    await expect(part.load()).resolves.toEqual({ default: 'ok' });
    expect(part.failed).toBe(false);
  });
});

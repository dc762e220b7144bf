import { describe, expect, it } from 'vitest';
import type { DbOrTx } from '@/db/client';
import type { ClickTarget } from './click-target';
import { createClickTargetCache } from './click-target-cache';

const db = {} as DbOrTx;
const now = new Date('2026-11-29T12:00:00Z');

function counter() {
  const calls: string[] = [];
  const load = async (_db: DbOrTx, slug: string) => {
    calls.push(slug);
    return { merchant: { slug } } as unknown as ClickTarget;
  };
  return { calls, load };
}

describe('createClickTargetCache', () => {
  it('loads once per slug within the TTL, again after it', async () => {
    let clock = 0;
    const { calls, load } = counter();
    const cached = createClickTargetCache({ ttlMs: 5_000, load, clock: () => clock });
    await cached(db, 'a', now);
    await cached(db, 'a', now);
    await cached(db, 'b', now);
    clock = 4_999;
    await cached(db, 'a', now);
    expect(calls).toEqual(['a', 'b']);
    clock = 5_000;
    await cached(db, 'a', now);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('shares one load between concurrent misses', async () => {
    const { calls, load } = counter();
    const cached = createClickTargetCache({ load, clock: () => 0 });
    await Promise.all([cached(db, 'a', now), cached(db, 'a', now), cached(db, 'a', now)]);
    expect(calls).toEqual(['a']);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    let loads = 0;
    const cached = createClickTargetCache({
      clock: () => 0,
      load: async () => {
        loads++;
        if (fail) throw new Error('db down');
        return null;
      },
    });
    await expect(cached(db, 'a', now)).rejects.toThrow('db down');
    fail = false;
    await expect(cached(db, 'a', now)).resolves.toBeNull();
    expect(loads).toBe(2);
  });

  it('with a TTL of 0 always loads', async () => {
    const { calls, load } = counter();
    const cached = createClickTargetCache({ ttlMs: 0, load });
    await cached(db, 'a', now);
    await cached(db, 'a', now);
    expect(calls).toEqual(['a', 'a']);
  });
});

import { describe, expect, it } from 'vitest';
import { ttlMemo } from './ttl-memo';

describe('ttlMemo', () => {
  it('loads once per time-to-live and shares a pending load', async () => {
    let now = 0;
    let loads = 0;
    const get = ttlMemo(
      1000,
      async () => ++loads,
      () => now,
    );
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    now = 999;
    expect(await get()).toBe(1);
    now = 1000;
    expect(await get()).toBe(2);
    expect(loads).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let calls = 0;
    const get = ttlMemo(
      1000,
      async () => {
        calls++;
        if (calls === 1) throw new Error('database down');
        return 'ok';
      },
      () => 0,
    );
    await expect(get()).rejects.toThrow('database down');
    expect(await get()).toBe('ok');
  });
});

import { describe, expect, it } from 'vitest';
import type { DbOrTx } from '@/db/client';
import { createMatchingCategoriesCache, type MatchingCategories } from './matching-categories';

const db = {} as DbOrTx;
const answer = (slug: string): MatchingCategories => ({
  categories: [{ id: 1, parentId: null, slug, nameFr: slug, nameEn: slug }],
  memberOf: [1],
});

describe('createMatchingCategoriesCache', () => {
  it('asks once per search text for a minute, then again', async () => {
    let now = 0;
    const asked: string[] = [];
    const cached = createMatchingCategoriesCache(
      async (_db, q) => {
        asked.push(q);
        return answer(q);
      },
      () => now,
    );
    await Promise.all([cached(db, 'maison'), cached(db, 'maison'), cached(db, 'mode')]);
    now = 59_999;
    expect((await cached(db, 'maison')).categories[0]?.slug).toBe('maison');
    now = 60_000;
    await cached(db, 'maison');
    expect(asked).toEqual(['maison', 'mode', 'maison']);
  });

  it('does not keep a failed lookup', async () => {
    let calls = 0;
    const cached = createMatchingCategoriesCache(async () => {
      calls++;
      if (calls === 1) throw new Error('database unavailable');
      return answer('maison');
    });
    await expect(cached(db, 'maison')).rejects.toThrow('database unavailable');
    await expect(cached(db, 'maison')).resolves.toEqual(answer('maison'));
    expect(calls).toBe(2);
  });
});

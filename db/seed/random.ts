// A small seeded PRNG (mulberry32) so the seed data is the same on every run.
// Each concern forks its own stream by label, so adding coupons does not
// reshuffle the merchants generated before them.

export const SEED = 0x5eed_2024;

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform integer in [min, max] that is a multiple of step. */
  step(min: number, max: number, step: number): number;
  /** True with the given probability in per cent (0–100). */
  chance(percent: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by integer weights: [[value, weight], …]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A new array in a shuffled order; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream for a named concern. */
  fork(label: string): Rng;
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label, mixed with the parent seed. */
function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRng(seed: number = SEED): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new Error(`rng.int: bad range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const rng: Rng = {
    next,
    int,
    step: (min, max, step) => {
      if (min % step !== 0 || max % step !== 0)
        throw new Error(`rng.step: ${min}..${max} not multiples of ${step}`);
      return int(min / step, max / step) * step;
    },
    chance: (percent) => next() * 100 < percent,
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick: empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let roll = int(1, total);
      for (const [value, weight] of items) {
        roll -= weight;
        if (roll <= 0) return value;
      }
      throw new Error('rng.weighted: empty list');
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    fork: (label) => createRng(deriveSeed(seed, label)),
  };
  return rng;
}

// When a pending purchase should be confirmed: from the click (or the
// purchase), add the delays this merchant's purchases actually took. The
// median is the "from" and the 90th percentile the "to" of "expected between
// 12 and 28 Feb". Until the merchant has MIN_OBSERVATIONS confirmed purchases
// in the window lib/cashback/merchant-validation-delays.ts reads, a handful of
// delays says little (one slow order would set the 90th percentile), so the
// merchant's stated delay (`validationDelayDays`) is used for both ends.
// Percentiles use the nearest-rank method: always one of the observed whole
// days, never an interpolated fraction.

export const MIN_OBSERVATIONS = 20;
const DAY_MS = 86_400_000;
/** The catalogue's own bound on a stated delay (merchants_validation_delay_range). */
const MAX_DELAY_DAYS = 730;

export type PredictedValidation = {
  source: 'history' | 'stated';
  /** How many observed delays were usable (0..n). */
  observations: number;
  medianDays: number;
  p90Days: number;
  /** start + median days. */
  earliest: Date;
  /** start + 90th-percentile days. */
  latest: Date;
};

export type PredictionInput = {
  /** When the clock starts: the click, or the purchase when the click time is unknown. */
  from: Date;
  /** Whole days from click (or purchase) to confirmation, of that merchant's recent purchases. */
  observedDelaysDays: readonly number[];
  /** What the merchant states (merchants.validationDelayDays, or the click's snapshot of it). */
  statedDelayDays: number;
};

export function predictedValidation(input: PredictionInput): PredictedValidation {
  const delays = input.observedDelaysDays
    .filter((days) => Number.isInteger(days) && days >= 0 && days <= MAX_DELAY_DAYS)
    .toSorted((a, b) => a - b);
  const history = delays.length >= MIN_OBSERVATIONS;
  const stated = Math.min(Math.max(0, Math.trunc(input.statedDelayDays)), MAX_DELAY_DAYS);
  const medianDays = history ? nearestRank(delays, 50) : stated;
  const p90Days = history ? nearestRank(delays, 90) : stated;
  return {
    source: history ? 'history' : 'stated',
    observations: delays.length,
    medianDays,
    p90Days,
    earliest: addDays(input.from, medianDays),
    latest: addDays(input.from, p90Days),
  };
}

/** The p-th percentile of sorted values, nearest rank: the smallest value with at least p % at or below it. */
export function nearestRank(sorted: readonly number[], percentile: number): number {
  if (sorted.length === 0) throw new Error('nearestRank: no values');
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

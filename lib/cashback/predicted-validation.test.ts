import { describe, expect, it } from 'vitest';
import { MIN_OBSERVATIONS, nearestRank, predictedValidation } from './predicted-validation';
import { formatPredictedValidation } from './predicted-validation-text';

const from = new Date('2027-01-01T10:00:00Z');
const range = (n: number, start = 1) => Array.from({ length: n }, (_, i) => start + i);
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('nearestRank', () => {
  it.each([
    ['median of 1..20 is 10', range(20), 50, 10],
    ['p90 of 1..20 is 18', range(20), 90, 18],
    ['median of an odd count is the middle', [3, 5, 40], 50, 5],
    ['p90 of 1..100 is 90', range(100), 90, 90],
    ['a single value is every percentile', [7], 90, 7],
    ['p0 is the smallest', [4, 9], 0, 4],
  ])('%s', (_label, sorted, percentile, expected) => {
    expect(nearestRank(sorted, percentile)).toBe(expected);
  });
});

describe('predictedValidation', () => {
  it.each([
    ['no history: the stated delay', [], 45, 'stated', 45, 45, 0],
    [`${MIN_OBSERVATIONS - 1} observations are still too few`, range(19), 45, 'stated', 45, 45, 19],
    [`${MIN_OBSERVATIONS} observations: median and p90`, range(20), 45, 'history', 10, 18, 20],
    ['order does not matter', range(20).reverse(), 45, 'history', 10, 18, 20],
    ['one slow order moves the p90, not the median', [...Array(19).fill(30), 200], 45, 'history', 30, 30, 20],
    [
      'unusable delays are dropped before counting',
      [...range(20), -3, 1.5, Number.NaN, 9999],
      45,
      'history',
      10,
      18,
      20,
    ],
    ['a stated delay out of range is clamped', [], 5000, 'stated', 730, 730, 0],
  ] as const)('%s', (_label, observed, stated, source, median, p90, observations) => {
    const p = predictedValidation({ from, observedDelaysDays: observed, statedDelayDays: stated });
    expect(p).toMatchObject({ source, medianDays: median, p90Days: p90, observations });
    expect(p.earliest.getTime() - from.getTime()).toBe(median * 86_400_000);
    expect(p.latest.getTime() - from.getTime()).toBe(p90 * 86_400_000);
  });
});

describe('formatPredictedValidation', () => {
  it.each([
    [
      'same month',
      day('2027-02-12'),
      day('2027-02-28'),
      'expected between 12 and 28 Feb',
      'attendu entre le 12 et le 28 févr.',
    ],
    [
      'two months',
      day('2027-02-20'),
      day('2027-03-01'),
      'expected between 20 Feb and 1 Mar',
      'attendu entre le 20 févr. et le 1er mars',
    ],
    [
      'the first of the month first',
      day('2027-03-01'),
      day('2027-03-15'),
      'expected between 1 and 15 Mar',
      'attendu entre le 1er et le 15 mars',
    ],
    [
      'across the new year',
      day('2027-12-28'),
      day('2028-01-06'),
      'expected between 28 Dec 2027 and 6 Jan 2028',
      'attendu entre le 28 déc. 2027 et le 6 janv. 2028',
    ],
    ['one day', day('2027-02-12'), day('2027-02-12'), 'expected on 12 Feb', 'attendu le 12 févr.'],
    // 23:30 UTC on 11 Feb is already 12 Feb in Paris (UTC+1).
    [
      'Paris calendar days',
      new Date('2027-02-11T23:30:00Z'),
      new Date('2027-02-27T23:30:00Z'),
      'expected between 12 and 28 Feb',
      'attendu entre le 12 et le 28 févr.',
    ],
  ])('%s', (_label, earliest, latest, en, fr) => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatPredictedValidation({ earliest, latest }, 'en'))).toBe(en);
    expect(plain(formatPredictedValidation({ earliest, latest }, 'fr'))).toBe(fr);
  });

  it('formats a prediction end to end', () => {
    const p = predictedValidation({
      from: day('2027-01-31'),
      observedDelaysDays: range(40),
      statedDelayDays: 60,
    });
    // median of 1..40 = 20, p90 = 36
    expect(formatPredictedValidation(p, 'en')).toBe('expected between 20 Feb and 8 Mar');
  });
});

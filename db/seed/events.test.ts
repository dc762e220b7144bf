import { describe, expect, it } from 'vitest';
import { createClock, easterSunday, parisTime } from './calendar';
import { blackFriday, buildEvents, mothersDay, summerSalesStart, winterSalesStart } from './events';

// Seasonal dates follow the French calendar; one event always covers now.

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('French retail calendar', () => {
  it.each([
    [2024, '2024-01-10'],
    [2025, '2025-01-08'],
    [2026, '2026-01-07'], // second Wednesday is the 14th, after the 12th: the first Wednesday
  ])('winter sales %i start on %s', (year, expected) => {
    expect(winterSalesStart(year)).toEqual(day(expected));
  });

  it.each([
    [2023, '2023-06-28'],
    [2024, '2024-06-26'],
    [2025, '2025-06-25'],
    [2027, '2027-06-23'], // last Wednesday is the 30th, after the 28th: a week earlier
  ])('summer sales %i start on %s', (year, expected) => {
    expect(summerSalesStart(year)).toEqual(day(expected));
  });

  it.each([
    [2024, '2024-11-29'],
    [2025, '2025-11-28'],
    [2026, '2026-11-27'],
  ])('Black Friday %i is %s', (year, expected) => {
    expect(blackFriday(year)).toEqual(day(expected));
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toEqual(day(expected));
  });

  it.each([
    [2024, '2024-05-26'],
    [2025, '2025-05-25'],
    [2023, '2023-06-04'], // last Sunday of May was Pentecost
  ])('Fête des mères %i is %s', (year, expected) => {
    expect(mothersDay(year)).toEqual(day(expected));
  });

  it('converts Paris wall time across daylight saving', () => {
    expect(parisTime(day('2025-01-15'), 8).toISOString()).toBe('2025-01-15T07:00:00.000Z');
    expect(parisTime(day('2025-07-15'), 8).toISOString()).toBe('2025-07-15T06:00:00.000Z');
    expect(parisTime(day('2025-03-30'), 12).toISOString()).toBe('2025-03-30T10:00:00.000Z');
  });
});

describe('buildEvents', () => {
  it.each([
    ['2025-03-12T10:00:00Z', 'jours-ristourne-2025-03-10'],
    ['2025-11-26T10:00:00Z', 'black-friday-2025'],
    ['2025-12-31T23:30:00Z', 'jours-ristourne-2025-12-30'], // already 1 January in Paris
  ])('at %s the current event is %s and covers now', (iso, slug) => {
    const now = new Date(iso);
    const [current, ...upcoming] = buildEvents(createClock(now));
    expect(current!.slug).toBe(slug);
    expect(current!.startsAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(current!.endsAt.getTime()).toBeGreaterThan(now.getTime());
    expect(upcoming.length).toBeGreaterThanOrEqual(6);
    for (const e of upcoming) expect(e.startsAt.getTime()).toBeGreaterThan(now.getTime() - 86_400_000);
    const starts = upcoming.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set([current!.slug, ...upcoming.map((e) => e.slug)]).size).toBe(upcoming.length + 1);
  });

  it('starts the next winter sales at 08:00 Paris for four weeks', () => {
    const events = buildEvents(createClock(new Date('2025-03-12T10:00:00Z')));
    const winter = events.find((e) => e.slug === 'soldes-hiver-2026')!;
    expect(winter.startsAt.toISOString()).toBe('2026-01-07T07:00:00.000Z');
    expect(winter.endsAt.toISOString()).toBe('2026-02-03T23:00:00.000Z');
    expect(winter.nameFr).toBe('Soldes d’hiver');
  });
});

import { describe, expect, it } from 'vitest';
import { type BoostTiming, currentOrNextWindow, currentWindow, isBoostActive } from './boost-window';
import { zonedTimeToInstant } from './zoned-time';

const weekly = (
  weekday: number,
  start: string,
  end: string,
  extra: Partial<BoostTiming> = {},
): BoostTiming => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return {
    kind: 'weekly',
    startsAt: null,
    endsAt: null,
    weekday,
    startMinute: minutes(start),
    endMinute: minutes(end),
    timeZone: 'Europe/Paris',
    validFrom: null,
    validUntil: null,
    ...extra,
  };
};
const at = (iso: string) => new Date(iso);
const wednesdayHappyHour = weekly(3, '16:00', '19:00');

describe('weekly happy hour, Wednesdays 16:00–19:00 Europe/Paris', () => {
  it.each([
    ['winter, 16:00 CET = 15:00Z, start is inclusive', '2026-01-07T15:00:00Z', true],
    ['winter, one minute before', '2026-01-07T14:59:00Z', false],
    ['winter, 18:59 CET', '2026-01-07T17:59:00Z', true],
    ['winter, 19:00 CET, end is exclusive', '2026-01-07T18:00:00Z', false],
    ['summer, 16:00 CEST = 14:00Z', '2026-07-01T14:00:00Z', true],
    ['summer, 15:30 CEST is before the window', '2026-07-01T13:30:00Z', false],
    ['summer, 19:00 CEST = 17:00Z is the end', '2026-07-01T17:00:00Z', false],
    ['a Thursday at the same time', '2026-01-08T15:30:00Z', false],
    ['the Wednesday right after spring-forward, 16:00 CEST', '2026-04-01T14:00:00Z', true],
    ['the Wednesday right after spring-forward, 15:00Z is 17:00 CEST', '2026-04-01T15:00:00Z', true],
    ['the Wednesday right after fall-back, 16:00 CET = 15:00Z', '2026-10-28T15:00:00Z', true],
    ['the Wednesday right after fall-back, 14:30Z is 15:30 CET', '2026-10-28T14:30:00Z', false],
  ])('%s', (_label, instant, expected) => {
    expect(isBoostActive(wednesdayHappyHour, at(instant))).toBe(expected);
  });
});

describe('weekly windows on the DST change days themselves', () => {
  it.each([
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00Z).
    [
      'spring Sunday 01:00–04:00: 00:00Z is 01:00 CET',
      weekly(7, '01:00', '04:00'),
      '2026-03-29T00:00:00Z',
      true,
    ],
    [
      'spring Sunday 01:00–04:00: 01:30Z is 03:30 CEST',
      weekly(7, '01:00', '04:00'),
      '2026-03-29T01:30:00Z',
      true,
    ],
    [
      'spring Sunday 01:00–04:00: 02:00Z is 04:00 CEST, ended',
      weekly(7, '01:00', '04:00'),
      '2026-03-29T02:00:00Z',
      false,
    ],
    [
      'spring start 02:30 does not exist: 03:15 CEST is before it',
      weekly(7, '02:30', '05:00'),
      '2026-03-29T01:15:00Z',
      false,
    ],
    [
      'spring start 02:30 does not exist: opens at 03:30 CEST',
      weekly(7, '02:30', '05:00'),
      '2026-03-29T01:30:00Z',
      true,
    ],
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET (01:00Z).
    [
      'autumn Sunday 01:00–04:00: 23:00Z Saturday is 01:00 CEST',
      weekly(7, '01:00', '04:00'),
      '2026-10-24T23:00:00Z',
      true,
    ],
    [
      'autumn Sunday 01:00–04:00: 02:30Z is 03:30 CET',
      weekly(7, '01:00', '04:00'),
      '2026-10-25T02:30:00Z',
      true,
    ],
    [
      'autumn Sunday 01:00–04:00: 03:00Z is 04:00 CET, ended',
      weekly(7, '01:00', '04:00'),
      '2026-10-25T03:00:00Z',
      false,
    ],
  ])('%s', (_label, boost, instant, expected) => {
    expect(isBoostActive(boost, at(instant))).toBe(expected);
  });

  it('an autumn window is one hour longer and a spring window one hour shorter', () => {
    const spring = currentWindow(weekly(7, '01:00', '04:00'), at('2026-03-29T00:30:00Z'))!;
    const autumn = currentWindow(weekly(7, '01:00', '04:00'), at('2026-10-25T00:30:00Z'))!;
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(2);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(4);
  });
});

describe('next occurrence', () => {
  it.each([
    [
      'from a Thursday in winter',
      '2026-01-08T12:00:00Z',
      '2026-01-14T15:00:00.000Z',
      '2026-01-14T18:00:00.000Z',
    ],
    [
      'during the window, the current one',
      '2026-01-07T16:00:00Z',
      '2026-01-07T15:00:00.000Z',
      '2026-01-07T18:00:00.000Z',
    ],
    [
      'from the Monday before spring-forward',
      '2026-03-23T12:00:00Z',
      '2026-03-25T15:00:00.000Z',
      '2026-03-25T18:00:00.000Z',
    ],
    [
      'from the Monday after spring-forward',
      '2026-03-30T12:00:00Z',
      '2026-04-01T14:00:00.000Z',
      '2026-04-01T17:00:00.000Z',
    ],
    [
      'later the same Wednesday, next week',
      '2026-07-01T18:00:00Z',
      '2026-07-08T14:00:00.000Z',
      '2026-07-08T17:00:00.000Z',
    ],
  ])('%s', (_label, now, start, end) => {
    const next = currentOrNextWindow(wednesdayHappyHour, at(now));
    expect(next?.start.toISOString()).toBe(start);
    expect(next?.end.toISOString()).toBe(end);
  });

  it('is null once the recurring boost has ended', () => {
    const ended = { ...wednesdayHappyHour, validUntil: at('2026-01-10T00:00:00Z') };
    expect(currentOrNextWindow(ended, at('2026-01-08T12:00:00Z'))).toBeNull();
    expect(isBoostActive(ended, at('2026-01-14T15:30:00Z'))).toBe(false);
  });

  it('waits for validFrom', () => {
    const later = { ...wednesdayHappyHour, validFrom: at('2026-01-10T00:00:00Z') };
    expect(isBoostActive(later, at('2026-01-07T15:30:00Z'))).toBe(false);
    expect(currentOrNextWindow(later, at('2026-01-07T15:30:00Z'))?.start.toISOString()).toBe(
      '2026-01-14T15:00:00.000Z',
    );
  });

  it('runs to local midnight when the end minute is 1440', () => {
    const lateFriday = weekly(5, '22:00', '24:00');
    expect(isBoostActive(lateFriday, at('2026-01-09T22:59:00Z'))).toBe(true);
    expect(isBoostActive(lateFriday, at('2026-01-09T23:00:00Z'))).toBe(false);
  });
});

describe('absolute window (a seasonal event)', () => {
  const blackFriday: BoostTiming = {
    ...wednesdayHappyHour,
    kind: 'window',
    startsAt: at('2026-11-27T00:00:00+01:00'),
    endsAt: at('2026-12-01T00:00:00+01:00'),
  };
  it.each([
    ['before', '2026-11-26T22:59:59Z', false],
    ['at the start', '2026-11-26T23:00:00Z', true],
    ['inside', '2026-11-29T12:00:00Z', true],
    ['at the end', '2026-11-30T23:00:00Z', false],
  ])('%s', (_label, now, expected) => {
    expect(isBoostActive(blackFriday, at(now))).toBe(expected);
  });
  it('reports an upcoming window as next', () => {
    expect(currentOrNextWindow(blackFriday, at('2026-11-01T00:00:00Z'))?.start).toEqual(blackFriday.startsAt);
    expect(currentOrNextWindow(blackFriday, at('2026-12-02T00:00:00Z'))).toBeNull();
  });
});

describe('zonedTimeToInstant', () => {
  it.each([
    ['winter', { year: 2026, month: 1, day: 7, minute: 960 }, '2026-01-07T15:00:00.000Z'],
    ['summer', { year: 2026, month: 7, day: 1, minute: 960 }, '2026-07-01T14:00:00.000Z'],
    [
      'skipped 02:30 on spring-forward day',
      { year: 2026, month: 3, day: 29, minute: 150 },
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'repeated 02:30 on fall-back day: first occurrence',
      { year: 2026, month: 10, day: 25, minute: 150 },
      '2026-10-25T00:30:00.000Z',
    ],
  ])('%s', (_label, local, iso) => {
    expect(zonedTimeToInstant(local, 'Europe/Paris').toISOString()).toBe(iso);
  });
});

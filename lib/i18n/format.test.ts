import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMinuteOfDay, formatRateValue, weekdayName } from './format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('display formatting', () => {
  it.each([
    ['fr', 3, 'mercredi'],
    ['en', 3, 'Wednesday'],
    ['fr', 7, 'dimanche'],
    ['en', 1, 'Monday'],
  ] as const)('%s weekday %i is %s', (locale, day, name) => {
    expect(weekdayName(day, locale)).toBe(name);
  });

  it.each([
    [960, '16:00'],
    [1140, '19:00'],
    [0, '00:00'],
    [1439, '23:59'],
  ])('minute %i reads %s', (minute, text) => {
    expect(formatMinuteOfDay(minute, 'fr')).toBe(text);
    expect(formatMinuteOfDay(minute, 'en')).toBe(text);
  });

  it('shows dates in Paris time, not the server zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(formatDate(instant, 'fr')).toBe('1 janvier 2027');
    expect(formatDate(instant, 'en')).toBe('1 January 2027');
    expect(plain(formatDateTime(new Date('2026-07-01T14:00:00Z'), 'fr'))).toBe('1 juil., 16:00');
  });

  it.each([
    ['fr', { kind: 'percent', rateBps: 800 }, '8 %'],
    ['en', { kind: 'percent', rateBps: 850 }, '8.5%'],
    ['fr', { kind: 'fixed', money: { amountMinor: 8000, currency: 'EUR' } }, '80 €'],
    ['en', { kind: 'fixed', money: { amountMinor: 2550, currency: 'EUR' } }, '€25.50'],
  ] as const)('%s rate value %j', (locale, value, text) => {
    expect(plain(formatRateValue(value, locale))).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDateTime, parseUnixSeconds } from './dates';

describe('parseDateTime', () => {
  it.each<[string, unknown, string | undefined, string]>([
    ['Awin push, UTC (§1.1)', '2025-03-14 18:22:05', undefined, '2025-03-14T18:22:05.000Z'],
    ['Awin API, no offset, timezone=UTC', '2025-03-14T18:22:00', undefined, '2025-03-14T18:22:00.000Z'],
    ['minutes only', '2025-03-14T18:22', undefined, '2025-03-14T18:22:00.000Z'],
    ['a date alone is midnight', '2025-03-14', undefined, '2025-03-14T00:00:00.000Z'],
    ['Z', '2025-03-10T14:05:11Z', undefined, '2025-03-10T14:05:11.000Z'],
    ['milliseconds', '2025-03-10T14:05:11.417Z', undefined, '2025-03-10T14:05:11.417Z'],
    ['microseconds are cut to ms', '2025-03-10T14:05:11.417999Z', undefined, '2025-03-10T14:05:11.417Z'],
    ['Impact offset -08:00 (F9)', '2025-03-02T10:42:38-08:00', undefined, '2025-03-02T18:42:38.000Z'],
    ['offset without colon', '2025-03-02T10:42:38+0100', undefined, '2025-03-02T09:42:38.000Z'],
    ['an offset wins over naiveZone', '2025-03-02T10:42:38Z', 'Europe/Paris', '2025-03-02T10:42:38.000Z'],
    ['Paris winter time', '2025-01-15 10:00:00', 'Europe/Paris', '2025-01-15T09:00:00.000Z'],
    ['Paris summer time', '2025-07-15 10:00:00', 'Europe/Paris', '2025-07-15T08:00:00.000Z'],
    [
      'the autumn overlap takes the later instant',
      '2025-10-26 02:30:00',
      'Europe/Paris',
      '2025-10-26T01:30:00.000Z',
    ],
    ['29 February of a leap year', '2024-02-29 12:00:00', undefined, '2024-02-29T12:00:00.000Z'],
  ])('%s', (_label, raw, naiveZone, expected) => {
    expect(parseDateTime(raw, { naiveZone })).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, string | undefined]>([
    ['29 February of a common year', '2025-02-29 12:00:00', undefined],
    ['month 13', '2025-13-01 00:00:00', undefined],
    ['hour 24', '2025-03-14 24:00:00', undefined],
    ['second 60', '2025-03-14 18:22:60', undefined],
    ['a US date', '03/14/2025 18:22:05', undefined],
    ['a Rakuten-style date is not this parser’s', 'Tue Mar 18 2025 09:12:00 GMT+0000', undefined],
    ['words', 'yesterday', undefined],
    ['empty', '', undefined],
    ['a number', 1710440525, undefined],
    ['null', null, undefined],
    ['before 2000', '1970-01-01 00:00:00', undefined],
    ['after 2099', '2100-01-01 00:00:00', undefined],
    ['an offset past ±14:00', '2025-03-14T18:22:05+15:00', undefined],
    ['the spring gap does not exist in Paris', '2025-03-30 02:30:00', 'Europe/Paris'],
    ['an unknown zone', '2025-03-14 18:22:05', 'Mars/Olympus'],
  ])('refuses %s', (_label, raw, naiveZone) => {
    expect(parseDateTime(raw, { naiveZone }).ok).toBe(false);
  });
});

describe('parseUnixSeconds', () => {
  it.each<[unknown, string]>([
    ['1741947725', '2025-03-14T10:22:05.000Z'],
    [1741947725, '2025-03-14T10:22:05.000Z'],
  ])('%j', (raw, expected) => {
    expect(parseUnixSeconds(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['1741947725000'], ['0'], ['-1'], ['17419.5'], [1.5], [''], [null], ['4102444800']])(
    'refuses %j',
    (raw) => {
      expect(parseUnixSeconds(raw).ok).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { parseOptionalParisDate, parseParisDate } from './parse-paris-date';

describe('parseParisDate (Effiliation dates are Paris time)', () => {
  it.each([
    ['winter time is UTC+1', '14/03/2025 18:22:05', '2025-03-14T17:22:05.000Z'],
    ['summer time is UTC+2', '14/07/2025 18:22:05', '2025-07-14T16:22:05.000Z'],
    ['the last winter minute before the spring change', '30/03/2025 01:59:00', '2025-03-30T00:59:00.000Z'],
    ['the first summer minute after it', '30/03/2025 03:00:00', '2025-03-30T01:00:00.000Z'],
    [
      'the autumn overlap reads as the later, winter instant',
      '26/10/2025 02:30:00',
      '2025-10-26T01:30:00.000Z',
    ],
    ['after the autumn change', '26/10/2025 03:00:00', '2025-10-26T02:00:00.000Z'],
    ['no seconds', '14/03/2025 18:22', '2025-03-14T17:22:00.000Z'],
    ['a day alone is Paris midnight', '01/01/2025', '2024-12-31T23:00:00.000Z'],
    ['ISO style, no offset: Paris', '2025-03-14 18:22:05', '2025-03-14T17:22:05.000Z'],
    ['ISO style with an offset keeps it', '2025-03-14T18:22:05Z', '2025-03-14T18:22:05.000Z'],
    ['surrounding spaces', ' 14/03/2025 18:22:05 ', '2025-03-14T17:22:05.000Z'],
  ])('%s: %s', (_label, raw, iso) => {
    expect(parseParisDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['the spring gap', '30/03/2025 02:30:00', '"30/03/2025 02:30:00": does not exist in Europe/Paris'],
    [
      'February 29th of a common year',
      '29/02/2025 10:00:00',
      '"29/02/2025 10:00:00" is not a real date-time',
    ],
    ['month and day swapped', '03/14/2025 18:22:05', '"03/14/2025 18:22:05" is not a real date-time'],
    ['a two-digit year', '14/03/25 18:22', '"14/03/25 18:22" is not a date-time'],
    ['a number', 1741972925, 'date must be a string, got 1741972925'],
    ['before 2000', '31/12/1999 12:00:00', 'outside 2000–2099'],
  ])('%s is a problem', (_label, raw, problem) => {
    const parsed = parseParisDate(raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});

describe('parseOptionalParisDate', () => {
  it.each([undefined, null, '', '  ', '00/00/0000 00:00:00', '0000-00-00 00:00:00', '0000-00-00'])(
    '%j is no date',
    (raw) => {
      expect(parseOptionalParisDate(raw)).toEqual({ ok: true, value: null });
    },
  );

  it('reads a date', () => {
    expect(parseOptionalParisDate('20/04/2025 10:00:00')).toEqual({
      ok: true,
      value: '2025-04-20T08:00:00.000Z',
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent } from '../conversion-event';
import { rakutenEventsAdapter } from './adapter';

// networks.md §1.3 (Rakuten Events API), §6.2 (Rakuten mapping), fixture F10 (§7).

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';
const account: AdapterAccount = { network: 'rakuten', publisherId: '3298765', defaultCurrency: 'USD' };

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const run = (document: string) => rakutenEventsAdapter(document, account);
const rowsOf = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>[];
const f10 = rowsOf('f10-is-event.json')[0]!;
/** One commissionable row; a value "#json:…" is written into the JSON as it is (a number too long for a JS literal). */
const oneRow = (change: Record<string, unknown>) =>
  JSON.stringify([{ ...f10, is_event: 'false', ...change }]).replace(/"#json:([^"]*)"/g, '$1');

const F10_EVENT: ConversionEvent = {
  network: 'rakuten',
  sourceRecordKey: 'a1b2c3d4e5|SKU-1',
  networkConversionId: '43860:RK-77120',
  advertiserId: '43860',
  orderRef: 'RK-77120',
  type: 'sale',
  clickRef: C1,
  subIds: { u1: C1 },
  networkStatus: 'is_event',
  status: 'pending',
  amounts: {
    kind: 'delta',
    line: 'original',
    saleDelta: { amountMinor: 4500, currency: 'USD' },
    commissionDelta: { amountMinor: 0, currency: 'USD' },
  },
  originalSale: null,
  convertedAt: '2025-03-18T09:10:41.000Z',
  clickedAt: null,
  effectiveAt: '2025-03-18T09:12:00.000Z',
  validatedAt: null,
  lockAt: null,
  paidAt: null,
  reason: null,
  commissionable: false,
};

describe('rakutenEventsAdapter on F10 and sales', () => {
  it('F10: an is_event row is kept as a non-commissionable event with its click ref (no conversion, no money)', () => {
    expect(run(fixture('f10-is-event.json'))).toEqual({ events: [F10_EVENT], issues: [] });
  });

  it('reads sale rows as original lines of their order, and a return as a negative correction line', () => {
    const { events, issues } = run(fixture('events-sale-and-return.json'));
    expect(issues).toEqual([]);
    expect(
      events.map((e) => [
        e.sourceRecordKey,
        e.networkConversionId,
        e.networkStatus,
        e.status,
        e.amounts.kind === 'delta'
          ? [e.amounts.line, e.amounts.saleDelta?.amountMinor, e.amounts.commissionDelta.amountMinor]
          : null,
        e.effectiveAt,
      ]),
    ).toEqual([
      [
        'f6e5d4c3b2|SKU-1',
        '43860:RK-77120',
        'sale',
        'pending',
        ['original', 4500, 225],
        '2025-03-19T02:00:00.000Z',
      ],
      [
        'f6e5d4c3b2|SKU-2',
        '43860:RK-77120',
        'sale',
        'pending',
        ['original', 1999, 100],
        '2025-03-19T02:00:00.000Z',
      ],
      [
        '77aa88bb99',
        '51234:FR-20931',
        'sale',
        'pending',
        ['original', 12050, 603],
        '2025-03-22T13:30:00.000Z',
      ],
      [
        '0a9b8c7d6e|SKU-2',
        '43860:RK-77120',
        'return',
        'pending',
        ['correction', -1999, -100],
        '2025-04-03T02:00:00.000Z',
      ],
    ]);
  });

  it('an empty u1 is an orphan; amounts follow the row currency; a +0100 date is moved to UTC', () => {
    const orphan = run(fixture('events-sale-and-return.json')).events.find((e) => e.orderRef === 'FR-20931');
    expect(orphan).toMatchObject({
      clickRef: null,
      subIds: { u1: '' },
      commissionable: true,
      amounts: { saleDelta: { currency: 'EUR' }, commissionDelta: { currency: 'EUR' } },
      convertedAt: '2025-03-22T13:28:10.000Z',
    });
  });

  it('a full return in the same page nets the order to 0: declined, both rows', () => {
    const { events, issues } = run(fixture('events-full-return.json'));
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.sourceRecordKey, e.networkStatus, e.status, e.clickRef])).toEqual([
      ['c0ffee0001|SKU-9', 'sale', 'declined', C2],
      ['c0ffee0002|SKU-9', 'return', 'declined', C2],
    ]);
  });

  it('a return seen alone stays pending: its order net is not in this page', () => {
    const [, back] = rowsOf('events-full-return.json');
    expect(run(JSON.stringify([back])).events[0]).toMatchObject({
      status: 'pending',
      networkStatus: 'return',
    });
  });

  it('an is_event row does not count in its order net', () => {
    const doc = JSON.stringify([...rowsOf('events-full-return.json'), { ...f10, order_id: 'RK-80001' }]);
    const { events } = run(doc);
    expect(events.map((e) => [e.networkStatus, e.status])).toEqual([
      ['is_event', 'pending'],
      ['sale', 'declined'],
      ['return', 'declined'],
    ]);
  });

  it.each([
    ['"true"', 'true', false],
    ['true', true, false],
    ['"false"', 'false', true],
    ['false', false, true],
  ])('is_event %s → commissionable %s', (_label, isEvent, commissionable) => {
    expect(run(oneRow({ is_event: isEvent })).events[0]?.commissionable).toBe(commissionable);
  });

  it.each([
    ['45.0', 45.0, 4500],
    ['0.3 (0.3 * 100 = 30.000000000000004)', 0.3, 30],
    ['a string "45.50"', '45.50', 4550],
    ['2.98 (2.98 * 100 = 298.00000000000006)', 2.98, 298],
  ])('reads the amount %s from its decimal string', (_label, saleAmount, minor) => {
    const { events } = run(oneRow({ sale_amount: saleAmount }));
    expect(events[0]?.amounts).toMatchObject({ saleDelta: { amountMinor: minor } });
  });

  it('takes the etransaction_id as conversion id when there is no order_id', () => {
    expect(run(oneRow({ order_id: '', sku_number: '' })).events[0]).toMatchObject({
      networkConversionId: 'a1b2c3d4e5',
      sourceRecordKey: 'a1b2c3d4e5',
      orderRef: null,
    });
  });
});

describe('rakutenEventsAdapter on malformed rows', () => {
  it('keeps the good rows and names each bad one', () => {
    const { events, issues } = run(fixture('events-malformed.json'));
    expect(events.map((e) => e.sourceRecordKey)).toEqual(['good000008|A']);
    expect(issues).toEqual([
      { at: '[0].etransaction_id', problem: 'missing' },
      { at: '[1].currency', problem: 'unknown currency "US$"' },
      { at: '[2].process_date', problem: '"Wed Mar 18 2025 09:12:00 GMT+0000": 2025-03-18 is not a Wed' },
      { at: '[3].commissions', problem: 'has the opposite sign of sale_amount' },
      { at: '[4].sale_amount', problem: '1e+300 is not a plain decimal amount' },
      { at: '[5].is_event', problem: 'missing' },
      { at: '[6].order_id', problem: 'a negative row without order_id cannot be put on its sale' },
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string | RegExp]>([
    ['no advertiser_id', { advertiser_id: undefined }, 'advertiser_id', 'missing'],
    ['a fractional advertiser_id', { advertiser_id: 43860.5 }, 'advertiser_id', /not an exact id/],
    ['no commissions', { commissions: null }, 'commissions', 'missing'],
    ['commissions as text', { commissions: 'zero' }, 'commissions', /not a decimal amount/],
    ['a third decimal', { commissions: 0.125 }, 'commissions', /not an exact USD amount/],
    ['a huge sale', { sale_amount: 90071992547409.92 }, 'sale_amount', /too many digits|not an exact/],
    [
      'more digits than a JSON number keeps',
      { sale_amount: '#json:1234567890123.4567' },
      'sale_amount',
      /too many digits/,
    ],
    ['no currency', { currency: '' }, 'currency', 'empty'],
    ['a numeric currency', { currency: 840 }, 'currency', /must be a string/],
    ['an ISO date', { transaction_date: '2025-03-18T09:10:41Z' }, 'transaction_date', /is not a date like/],
    [
      '31 February',
      { transaction_date: 'Mon Feb 31 2025 09:10:41 GMT+0000' },
      'transaction_date',
      /not a real date-time/,
    ],
    [
      'a month that is no month',
      { process_date: 'Tue Foo 18 2025 09:12:00 GMT+0000' },
      'process_date',
      /unknown month/,
    ],
    ['is_event as a word', { is_event: 'yes' }, 'is_event', /expected true or false/],
    ['u1 as an object', { u1: { id: C1 } }, 'u1', /sub-id must be a string/],
    [
      'a negative sale with a positive commission',
      { sale_amount: -45, commissions: 1 },
      'commissions',
      /opposite sign/,
    ],
  ])('%s → one issue and no event', (_label, change, field, problem) => {
    const { events, issues } = run(oneRow(change));
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe(`[0].${field}`);
    expect(issues[0]!.problem).toMatch(problem);
  });

  it('two different rows under one record key: the second is an issue; an identical repeat is dropped', () => {
    const [sale] = rowsOf('events-full-return.json');
    const doc = JSON.stringify([sale, sale, { ...sale, commissions: 2.5 }]);
    const { events, issues } = run(doc);
    expect(events).toHaveLength(1);
    expect(issues).toEqual([
      { at: '[2]', problem: 'same etransaction_id and sku_number as [0], different content' },
    ]);
  });

  it.each([
    ['not JSON', '[{', 'not JSON'],
    ['an object', '{"errors":[{"message":"Unauthorized"}]}', 'expected a JSON array of transactions'],
    ['JSON null', 'null', 'expected a JSON array of transactions'],
  ])('%s → an issue, no event, no throw', (_label, document, problem) => {
    expect(run(document)).toEqual({ events: [], issues: [{ at: 'document', problem }] });
  });

  it('a row that is not an object is an issue', () => {
    expect(run('[42]')).toEqual({
      events: [],
      issues: [{ at: '[0]', problem: 'expected a transaction object' }],
    });
  });

  it('an empty page is no events and no issues', () => {
    expect(run('[]')).toEqual({ events: [], issues: [] });
  });
});

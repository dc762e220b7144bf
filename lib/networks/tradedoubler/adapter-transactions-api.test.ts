import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { tradedoublerTransactionsApiAdapter as adapter } from './adapter-transactions-api';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const account: AdapterAccount = { network: 'tradedoubler', publisherId: '3520418', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';

describe('tradedoublerTransactionsApiAdapter on a report page (networks.md §1.5)', () => {
  const { events, issues } = adapter(fixture('transactions-page.json'), account);

  it('reads every transaction of the page, with no issues', () => {
    expect(issues).toEqual([]);
    expect(events.map((e) => e.networkConversionId)).toEqual([
      '701234567',
      '701234568',
      '701234569',
      '701234570',
    ]);
  });

  it('gives the whole event of a pending sale', () => {
    expect(events[0]).toEqual({
      network: 'tradedoubler',
      sourceRecordKey: '701234567#P#423EUR#8450EUR',
      networkConversionId: '701234567',
      advertiserId: '401531',
      orderRef: null,
      type: 'sale',
      clickRef: C1,
      subIds: { epi: C1 },
      networkStatus: 'P',
      status: 'pending',
      amounts: {
        kind: 'totals',
        sale: { amountMinor: 8450, currency: 'EUR' },
        commission: { amountMinor: 423, currency: 'EUR' },
      },
      originalSale: null,
      convertedAt: '2025-03-14T17:22:05.000Z',
      clickedAt: null,
      effectiveAt: '2025-03-14T17:22:05.000Z',
      validatedAt: null,
      lockAt: null,
      paidAt: null,
      reason: null,
      commissionable: true,
    });
  });

  it.each([
    // label, transactionId, status, clickRef, sale, commission, convertedAt
    ['P is pending', '701234567', 'pending', C1, 8450, 423, '2025-03-14T17:22:05.000Z'],
    [
      'A is approved; +02:00 just after the spring change',
      '701234568',
      'approved',
      C2,
      12000,
      960,
      '2025-03-30T01:10:00.000Z',
    ],
    [
      'D is declined (the §7 status:"D" fixture); string amounts',
      '701234569',
      'declined',
      C1,
      1999,
      100,
      '2025-03-15T07:10:00.000Z',
    ],
    ['an empty epi is an orphan', '701234570', 'pending', null, 3500, 175, '2025-03-16T20:45:12.000Z'],
  ])('%s', (_label, id, status, clickRef, sale, commission, convertedAt) => {
    const event = events.find((e) => e.networkConversionId === id)!;
    expect(event.status).toBe(status);
    expect(event.clickRef).toBe(clickRef);
    expect(event.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: sale, currency: 'EUR' },
      commission: { amountMinor: commission, currency: 'EUR' },
    });
    expect(event.convertedAt).toBe(convertedAt);
  });

  it('keeps an empty epi among the sub-ids as received', () => {
    expect(events[3]!.subIds).toEqual({ epi: '' });
  });
});

describe('sourceRecordKey', () => {
  it('is the same when the same state is polled again', () => {
    const first = adapter(fixture('transactions-page.json'), account);
    const again = adapter(fixture('transactions-page.json'), account);
    expect(again).toEqual(first);
  });

  it('changes when the transaction is approved', () => {
    const pending = adapter(fixture('transactions-page.json'), account).events[0]!;
    const [approved] = adapter(fixture('transactions-approved.json'), account).events;
    expect(approved!.networkConversionId).toBe(pending.networkConversionId);
    expect(approved!.status).toBe('approved');
    expect(approved!.sourceRecordKey).toBe('701234567#A#423EUR#8450EUR');
    expect(approved!.sourceRecordKey).not.toBe(pending.sourceRecordKey);
  });

  it('changes when an amount changes', () => {
    const page = (commission: string) =>
      `{"items":[{"transactionId":"1","programId":"2","timeOfTransaction":"2025-03-14T18:22:05+01:00","epi":"x","orderValue":"10.00","commission":"${commission}","status":"P"}]}`;
    const a = adapter(page('1.00'), account).events[0]!;
    const b = adapter(page('0.80'), account).events[0]!;
    expect(a.sourceRecordKey).toBe('1#P#100EUR#1000EUR');
    expect(b.sourceRecordKey).toBe('1#P#80EUR#1000EUR');
  });

  it('marks a transaction without orderValue (a lead) with "-"', () => {
    const doc =
      '{"items":[{"transactionId":"9","programId":"2","timeOfTransaction":"2025-03-14T18:22:05Z","epi":"x","commission":2,"status":"A"}]}';
    const [event] = adapter(doc, account).events;
    expect(event!.sourceRecordKey).toBe('9#A#200EUR#-');
    expect(event!.amounts).toEqual({
      kind: 'totals',
      sale: null,
      commission: { amountMinor: 200, currency: 'EUR' },
    });
  });
});

describe('currencies', () => {
  const item = (extra: string) =>
    `{"transactionId":"1","programId":"2","timeOfTransaction":"2025-03-14T18:22:05Z","epi":"x","orderValue":"10.00","commission":"1.00","status":"P"${extra}}`;

  it('uses the page reportCurrencyCode over the account currency', () => {
    const [event] = adapter(`{"reportCurrencyCode":"SEK","items":[${item('')}]}`, account).events;
    expect(event!.amounts).toMatchObject({ commission: { amountMinor: 100, currency: 'SEK' } });
  });

  it("uses an item's reportCurrencyCode over the page's", () => {
    const [event] = adapter(
      `{"reportCurrencyCode":"SEK","items":[${item(',"reportCurrencyCode":"gbp"')}]}`,
      account,
    ).events;
    expect(event!.amounts).toMatchObject({ commission: { amountMinor: 100, currency: 'GBP' } });
  });

  it('refuses a page with an unknown reportCurrencyCode', () => {
    expect(adapter(`{"reportCurrencyCode":"XXY","items":[${item('')}]}`, account)).toEqual({
      events: [],
      issues: [{ at: 'reportCurrencyCode', problem: 'unknown currency "XXY"' }],
    });
  });

  it('refuses to read amounts when the account currency is not a currency', () => {
    const result = adapter(`{"items":[${item('')}]}`, { ...account, defaultCurrency: 'EURO' });
    expect(result.events).toEqual([]);
    expect(result.issues[0]!.at).toBe('reportCurrencyCode');
  });
});

describe('malformed transactions give issues, and no event for that transaction', () => {
  const { events, issues } = adapter(fixture('transactions-malformed.json'), account);

  it('still reads the good transaction of the page', () => {
    expect(events.map((e) => e.networkConversionId)).toEqual(['701250012']);
  });

  it.each([
    ['a missing transactionId', 'items[0].transactionId', 'got undefined'],
    ['an unknown status letter', 'items[1].status', 'unknown status "X"'],
    ['a negative commission', 'items[2].commission', 'cannot be negative'],
    ['a huge commission', 'items[3].commission', 'not a plain decimal'],
    ['an orderValue with more digits than a JSON number keeps', 'items[4].orderValue', 'too many digits'],
    ['February 30th', 'items[5].timeOfTransaction', 'not a real date-time'],
    ['a time without its offset', 'items[6].timeOfTransaction', 'no UTC offset'],
    ['an unknown currency', 'items[7].reportCurrencyCode', 'unknown currency "EURO"'],
    ['a commission that is not a number', 'items[8].commission', 'not a decimal amount'],
    ['an epi that is not a string', 'items[9].epi', 'epi must be a string'],
    ['a fraction of a cent', 'items[10].commission', 'not an exact EUR amount'],
    ['an item that is not an object', 'items[11]', 'expected a transaction object'],
  ])('%s', (_label, at, problem) => {
    const found = issues.filter((i) => i.at === at);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(12);
  });
});

describe('documents that are not a report page', () => {
  it.each([
    ['not JSON', 'Service Unavailable', 'not valid JSON'],
    ['a bare array', '[]', 'expected an object with an items array'],
    ['null', 'null', 'expected an object with an items array'],
    ['items not an array', '{"items":{"0":{}}}', 'items must be an array'],
    ['no items', '{"error":"unauthorized"}', 'items must be an array'],
  ])('%s', (_label, document, problem) => {
    const result = adapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ at: 'document' });
    expect(result.issues[0]!.problem).toContain(problem);
  });

  it('reads an empty page as nothing to do', () => {
    expect(adapter('{"items":[]}', account)).toEqual({ events: [], issues: [] });
  });

  it.each([
    '{"items":[null,1,"x",[],{}]}',
    '{"items":[{"transactionId":{},"status":[],"commission":{},"orderValue":[],"timeOfTransaction":5,"epi":{}}]}',
    '{"items":[{"transactionId":-1,"status":"p","commission":"1e5","timeOfTransaction":"2025-13-01T00:00:00Z"}]}',
  ])('never throws on odd shapes: %s', (document) => {
    const result = adapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});

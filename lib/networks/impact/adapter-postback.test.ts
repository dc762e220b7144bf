import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent, RawPostback } from '../conversion-event';
import { impactPostbackAdapter } from './adapter-postback';

// networks.md §1.4 (Impact push), §6.2 (Impact mapping), fixture F9 (§7).

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const account: AdapterAccount = { network: 'impact', publisherId: 'IRabc123', defaultCurrency: 'USD' };

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A fixture "GET /api/postbacks/impact/<token>?…" line as the route hands it over. */
function postback(name: string, overrides: Partial<RawPostback> = {}): RawPostback {
  const [method, target] = fixture(name).trim().split(' ') as ['GET', string];
  const url = new URL(target, 'https://ristourne.example');
  return {
    method,
    query: Object.fromEntries(url.searchParams),
    headers: {},
    body: '',
    contentType: null,
    receivedAt: '2025-03-20T12:00:00.000Z',
    ...overrides,
  };
}

function withQuery(name: string, change: Record<string, string | undefined>): RawPostback {
  const raw = postback(name);
  const query = { ...raw.query, ...change };
  for (const key of Object.keys(change)) if (change[key] === undefined) delete query[key];
  return { ...raw, query: query as Record<string, string> };
}

const run = (raw: RawPostback) => impactPostbackAdapter(raw, account);

const F9_EVENT: ConversionEvent = {
  network: 'impact',
  sourceRecordKey: '19816.4636.158133|REVERSED|payout=0.00|amount=0.00|delta=-3.30,-82.49',
  networkConversionId: '19816.4636.158133',
  advertiserId: null,
  orderRef: '98122',
  type: 'sale',
  clickRef: C1,
  subIds: { SubId1: C1 },
  networkStatus: 'REVERSED',
  status: 'declined',
  amounts: {
    kind: 'totals',
    sale: { amountMinor: 0, currency: 'USD' },
    commission: { amountMinor: 0, currency: 'USD' },
  },
  originalSale: null,
  convertedAt: '2025-03-02T18:42:38.000Z',
  clickedAt: null,
  effectiveAt: '2025-04-01T07:00:00.000Z',
  validatedAt: null,
  lockAt: '2025-04-01T07:00:00.000Z',
  paidAt: null,
  reason: 'ITEM_RETURNED',
  commissionable: true,
};

describe('impactPostbackAdapter on F9 and its lifecycle', () => {
  it('F9: a reversal is declined at totals 0/0, with the detail as its reason', () => {
    expect(run(postback('f9-reversal.url'))).toEqual({ events: [F9_EVENT], issues: [] });
  });

  it('tracked: pending at the totals Impact reports, effective at the event date', () => {
    const { events, issues } = run(postback('tracked.url'));
    expect(issues).toEqual([]);
    expect(events).toEqual([
      {
        ...F9_EVENT,
        sourceRecordKey: '19816.4636.158133|PENDING|payout=3.30|amount=82.49|delta=3.30,82.49',
        networkStatus: 'PENDING',
        status: 'pending',
        amounts: {
          kind: 'totals',
          sale: { amountMinor: 8249, currency: 'USD' },
          commission: { amountMinor: 330, currency: 'USD' },
        },
        effectiveAt: '2025-03-02T18:42:38.000Z',
        reason: null,
      },
    ]);
  });

  it('F9 after tracked: the totals fall by exactly the deltas F9 carries (-330/-8249)', () => {
    const tracked = run(postback('tracked.url')).events[0]!;
    const reversed = run(postback('f9-reversal.url')).events[0]!;
    if (tracked.amounts.kind !== 'totals' || reversed.amounts.kind !== 'totals') throw new Error('totals');
    expect(reversed.amounts.commission.amountMinor - tracked.amounts.commission.amountMinor).toBe(-330);
    expect(reversed.amounts.sale!.amountMinor - tracked.amounts.sale!.amountMinor).toBe(-8249);
    expect(reversed.effectiveAt > tracked.effectiveAt).toBe(true);
  });

  it('a re-delivered F9 gives the very same event, whenever it arrives (so intake sees a duplicate)', () => {
    const later = run(postback('f9-reversal.url', { receivedAt: '2025-03-20T12:00:40.000Z' }));
    expect(later).toEqual(run(postback('f9-reversal.url')));
  });

  it('modified: still pending, new totals, a new record key', () => {
    const { events } = run(postback('modified.url'));
    expect(events[0]).toMatchObject({
      status: 'pending',
      reason: 'ORDER_UPDATE',
      amounts: { sale: { amountMinor: 6249 }, commission: { amountMinor: 250 } },
      sourceRecordKey: '19816.4636.158133|PENDING|payout=2.50|amount=62.49|delta=-0.80,-20.00',
    });
  });

  it('gives every state and amount change its own key, even a return to earlier totals', () => {
    const keys = [
      postback('tracked.url'),
      postback('modified.url'),
      withQuery('modified.url', {
        payout: '3.30',
        delta_payout: '0.80',
        amount: '82.49',
        delta_amount: '20.00',
      }),
      postback('f9-reversal.url'),
      withQuery('tracked.url', { status: 'APPROVED', cleared_date: '2025-04-20T00:00:00-07:00' }),
    ].map((raw) => run(raw).events[0]!.sourceRecordKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('an Action Clearing notification (status APPROVED + cleared_date) is paid', () => {
    const { events } = run(
      withQuery('tracked.url', { status: 'APPROVED', cleared_date: '2025-04-20T00:00:00-07:00' }),
    );
    expect(events[0]).toMatchObject({
      status: 'paid',
      paidAt: '2025-04-20T07:00:00.000Z',
      effectiveAt: '2025-04-20T07:00:00.000Z',
      sourceRecordKey: '19816.4636.158133|APPROVED|payout=3.30|amount=82.49|delta=3.30,82.49|cleared',
    });
  });

  it('APPROVED without clearing is approved, effective at the locking date', () => {
    const { events } = run(withQuery('tracked.url', { status: 'APPROVED' }));
    expect(events[0]).toMatchObject({ status: 'approved', effectiveAt: '2025-04-01T07:00:00.000Z' });
  });

  it('reads the status word whatever its case, and keeps it raw', () => {
    const { events } = run(withQuery('f9-reversal.url', { status: 'reversed' }));
    expect(events[0]).toMatchObject({ status: 'declined', networkStatus: 'reversed' });
  });

  it('orphan (promo-code credit): empty subid1 is no click ref; an unfilled macro is no value', () => {
    const { events, issues } = run(postback('orphan-promocode.url'));
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      clickRef: null,
      subIds: { SubId1: '' },
      advertiserId: '19816',
      amounts: {
        sale: { amountMinor: 3000, currency: 'EUR' },
        commission: { amountMinor: 120, currency: 'EUR' },
      },
      originalSale: { amountMinor: 2550, currency: 'GBP' },
      convertedAt: '2025-03-05T08:00:00.000Z',
      effectiveAt: '2025-03-05T08:05:00.000Z',
    });
  });
});

describe('impactPostbackAdapter, POST', () => {
  const viaGet = run(postback('tracked.url')).events;

  it('reads a form body like the GET query', () => {
    const raw = postback('tracked.url', {
      method: 'POST',
      query: {},
      body: fixture('tracked-post.form').trim(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(run(raw).events).toEqual(viaGet);
  });

  it('reads a JSON body like the GET query', () => {
    const raw = postback('tracked.url');
    const json = postback('tracked.url', {
      method: 'POST',
      query: {},
      body: JSON.stringify(raw.query),
      contentType: 'application/json',
    });
    expect(run(json).events).toEqual(viaGet);
  });

  it.each([
    ['a text body', { body: 'hello', contentType: 'text/plain' }, /cannot read/],
    ['broken JSON', { body: '{"action_id":', contentType: 'application/json' }, /not valid JSON/],
    [
      'a field twice with two values',
      { body: 'payout=9.99', contentType: 'application/x-www-form-urlencoded' },
      /twice/,
    ],
  ])('%s → an issue on the body', (_label, change, problem) => {
    const { events, issues } = run(postback('tracked.url', { method: 'POST', ...change }));
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe('body');
    expect(issues[0]!.problem).toMatch(problem);
  });
});

describe('impactPostbackAdapter on malformed postbacks', () => {
  it.each<[string, Record<string, string | undefined>, string, string | RegExp]>([
    ['no action_id', { action_id: undefined }, 'query.action_id', 'missing'],
    ['an unknown status', { status: 'LOCKED' }, 'query.status', /unknown state "LOCKED"/],
    ['no status', { status: '' }, 'query.status', 'empty'],
    ['a negative payout', { payout: '-3.30' }, 'query.payout', /cannot be negative/],
    ['a negative amount', { amount: '-82.49' }, 'query.amount', /cannot be negative/],
    ['a decimal comma', { payout: '3,30' }, 'query.payout', /not a decimal amount/],
    ['a third decimal', { payout: '3.305' }, 'query.payout', /not an exact USD amount/],
    ['an exponent', { amount: '1e5' }, 'query.amount', /not a decimal amount/],
    ['a huge payout', { payout: '90071992547409.92' }, 'query.payout', /not an exact USD amount/],
    ['an unfilled payout macro', { payout: '{Payout}' }, 'query.payout', 'missing'],
    ['a bad delta', { delta_payout: 'abc' }, 'query.delta_payout', /not a decimal amount/],
    ['an unknown currency', { currency: 'EURO' }, 'query.currency', /unknown currency/],
    ['no currency', { currency: undefined }, 'query.currency', 'missing'],
    ['a date without offset', { event_date: '2025-03-02T10:42:38' }, 'query.event_date', /no UTC offset/],
    ['Feb 29 in 2025', { event_date: '2025-02-29T10:42:38Z' }, 'query.event_date', /not a real date-time/],
    ['no event date', { event_date: undefined }, 'query.event_date', 'missing'],
    ['a word for a date', { locking_date: 'tomorrow' }, 'query.locking_date', /no UTC offset/],
    [
      'an original amount without currency',
      { original_amount: '70.00' },
      'query.original_currency',
      'missing',
    ],
    [
      'an unknown original currency',
      { original_amount: '70.00', original_currency: 'XYZ' },
      'query.original_currency',
      /unknown currency/,
    ],
    [
      'a pending action that cleared',
      { cleared_date: '2025-04-20T00:00:00-07:00' },
      'query.cleared_date',
      /cannot have cleared/,
    ],
  ])('%s → one issue and no event', (_label, change, at, problem) => {
    const { events, issues } = run(withQuery('tracked.url', change));
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe(at);
    expect(issues[0]!.problem).toMatch(problem);
  });

  it('names every problem of one postback', () => {
    const { issues } = run(withQuery('tracked.url', { action_id: undefined, payout: 'x', event_date: 'y' }));
    expect(issues.map((i) => i.at)).toEqual(['query.action_id', 'query.payout', 'query.event_date']);
  });

  it('an empty request is an issue, not an exception', () => {
    const { events, issues } = run({ ...postback('tracked.url'), query: {} });
    expect(events).toEqual([]);
    expect(issues.map((i) => i.at)).toEqual([
      'query.action_id',
      'query.status',
      'query.currency',
      'query.event_date',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount, RawPostback } from '../conversion-event';
import { ADMITAD_POSTBACK_QUERY, admitadPostbackAdapter as adapter } from './adapter-postback';

// A fixture is the request as it reached /api/postbacks/admitad/<token>.
type RequestFixture = Omit<RawPostback, 'query'> & { url: string };

function request(name: string): RawPostback {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const { url, ...rest } = JSON.parse(text) as RequestFixture;
  return { ...rest, query: Object.fromEntries(new URL(url, 'https://ristourne.example').searchParams) };
}

/** The pending GET with some parameters replaced or removed (undefined). */
function variant(changes: Record<string, string | undefined>): RawPostback {
  const raw = request('postback-pending.json');
  const query = { ...raw.query };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete query[name];
    else query[name] = value;
  }
  return { ...raw, query };
}

const account: AdapterAccount = { network: 'admitad', publisherId: '998877', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';

describe('admitadPostbackAdapter (networks.md §1.8)', () => {
  it('reads a pending action', () => {
    expect(adapter(request('postback-pending.json'), account)).toEqual({
      issues: [],
      events: [
        {
          network: 'admitad',
          sourceRecordKey: '771234567#pending#423EUR#8450EUR',
          networkConversionId: '771234567',
          advertiserId: '12345',
          orderRef: 'ACME-558812',
          type: 'sale',
          clickRef: C1,
          subIds: { subid: C1 },
          networkStatus: 'pending',
          status: 'pending',
          amounts: {
            kind: 'totals',
            sale: { amountMinor: 8450, currency: 'EUR' },
            commission: { amountMinor: 423, currency: 'EUR' },
          },
          originalSale: null,
          convertedAt: '2025-03-14T17:22:05.000Z',
          clickedAt: '2025-03-14T17:01:44.000Z',
          effectiveAt: '2025-03-14T17:22:05.000Z',
          validatedAt: null,
          lockAt: null,
          paidAt: null,
          reason: null,
          commissionable: true,
        },
      ],
    });
  });

  it.each([
    // label, fixture, status, key
    [
      'approved, by POST with a form body',
      'postback-approved-post.json',
      'approved',
      '771234567#approved#423EUR#8450EUR',
    ],
    [
      'approved with reward_ready=1 is paid',
      'postback-reward-ready.json',
      'paid',
      '771234567#approved+reward_ready#423EUR#8450EUR',
    ],
  ])('%s', (_label, name, status, key) => {
    const { events, issues } = adapter(request(name), account);
    expect(issues).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      networkConversionId: '771234567',
      status,
      sourceRecordKey: key,
      clickRef: C1,
    });
  });

  it('reads a hold lead with no subid as a pending orphan, without a sale', () => {
    const [event] = adapter(request('postback-hold-orphan.json'), account).events;
    expect(event).toMatchObject({
      sourceRecordKey: '771234570#hold#15000RUB#-',
      networkStatus: 'hold',
      status: 'pending',
      type: 'lead',
      clickRef: null,
      subIds: { subid: '' },
      orderRef: null,
      clickedAt: null,
      amounts: { kind: 'totals', sale: null, commission: { amountMinor: 15000, currency: 'RUB' } },
      convertedAt: '2025-03-30T00:30:00.000Z',
    });
  });

  it.each([
    ['pending', 'pending'],
    ['hold', 'pending'],
    ['on_hold', 'pending'],
    ['approved_but_stalled', 'pending'],
    ['approved', 'approved'],
    ['APPROVED', 'approved'],
    ['declined', 'declined'],
  ])('status %s is %s', (word, status) => {
    expect(adapter(variant({ status: word }), account).events[0]!.status).toBe(status);
  });

  it('reads a call without status (Admitad’s official macros) as a new, pending action', () => {
    const [event] = adapter(variant({ status: undefined }), account).events;
    expect(event).toMatchObject({
      networkStatus: '',
      status: 'pending',
      sourceRecordKey: '771234567#pending#423EUR#8450EUR',
    });
  });

  it('keeps subid1–subid4 as sub-ids', () => {
    const [event] = adapter(variant({ subid1: 'home', subid4: '' }), account).events;
    expect(event!.subIds).toEqual({ subid: C1, subid1: 'home', subid4: '' });
  });

  it('reads a click_time written as a date-time', () => {
    const [event] = adapter(variant({ click_time: '2025-03-14 17:01:44' }), account).events;
    expect(event!.clickedAt).toBe('2025-03-14T17:01:44.000Z');
  });

  it('gives the same event when the call is repeated', () => {
    const again = { ...request('postback-pending.json'), receivedAt: '2025-03-14T17:30:00.000Z' };
    expect(adapter(again, account)).toEqual(adapter(request('postback-pending.json'), account));
  });

  it('documents the query to configure, and the fixtures use it', () => {
    const names = [...new URLSearchParams(ADMITAD_POSTBACK_QUERY).keys()].sort();
    expect(Object.keys(request('postback-pending.json').query).sort()).toEqual(names);
    expect(names).not.toContain('action_ip');
    expect(names).not.toContain('user_agent');
  });
});

describe('bad calls give issues and no event', () => {
  it.each([
    ['no action_id', { action_id: undefined }, 'query.action_id', 'got undefined'],
    ['an unknown status', { status: 'paid' }, 'query.status', 'unknown status "paid"'],
    [
      'reward_ready on a declined action',
      { status: 'declined', reward_ready: '1' },
      'query.status',
      'reward_ready is set on a "declined" action',
    ],
    [
      'reward_ready on a hold',
      { status: 'hold', reward_ready: 'true' },
      'query.status',
      'reward_ready is set',
    ],
    [
      'a reward_ready that is not a flag',
      { reward_ready: 'yes' },
      'query.reward_ready',
      'expected true or false',
    ],
    ['a negative payment', { payment_sum: '-1.00' }, 'query.payment_sum', 'cannot be negative'],
    ['no payment', { payment_sum: undefined }, 'query.payment_sum', 'got undefined'],
    ['a bad order_sum', { order_sum: '84.5.0' }, 'query.order_sum', 'not a decimal amount'],
    ['a huge payment', { payment_sum: '123456789012345678' }, 'query.payment_sum', 'too large'],
    ['an unknown currency', { currency: 'XYZ' }, 'query.currency', 'unknown currency "XYZ"'],
    ['a time that is a date', { time: '2025-03-14' }, 'query.time', 'not a unix time'],
    ['no time', { time: undefined }, 'query.time', 'not a unix time'],
    ['a click_time of one second', { click_time: '1' }, 'query.click_time', 'not a unix time'],
  ])('%s', (_label, changes, at, problem) => {
    const { events, issues } = adapter(variant(changes), account);
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe(at);
    expect(issues[0]!.problem).toContain(problem);
  });

  it('lists every problem of the malformed fixture at once', () => {
    const { events, issues } = adapter(request('postback-malformed.json'), account);
    expect(events).toEqual([]);
    expect(issues.map((i) => i.at)).toEqual([
      'query.reward_ready',
      'query.status',
      'query.currency',
      'query.time',
    ]);
  });

  it('treats macros Admitad left unfilled as missing values', () => {
    const { events, issues } = adapter(request('postback-unfilled-macros.json'), account);
    expect(events).toEqual([]);
    expect(issues.map((i) => i.at)).toEqual(['query.action_id', 'query.payment_sum', 'query.time']);
  });

  it('uses the account currency when the call has none, and refuses to guess when that is bad too', () => {
    expect(adapter(variant({ currency: undefined }), account).events[0]!.amounts).toMatchObject({
      commission: { currency: 'EUR' },
    });
    const { issues } = adapter(variant({ currency: undefined }), { ...account, defaultCurrency: '???' });
    expect(issues[0]!.problem).toContain("no currency, and the account's currency");
  });

  it('refuses a JSON body whose fields contradict the query', () => {
    const raw: RawPostback = {
      ...request('postback-approved-post.json'),
      query: { status: 'pending' },
      contentType: 'application/json',
      body: '{"status":"approved"}',
    };
    const { events, issues } = adapter(raw, account);
    expect(events).toEqual([]);
    expect(issues).toEqual([{ at: 'request', problem: expect.stringContaining('status is sent twice') }]);
  });
});

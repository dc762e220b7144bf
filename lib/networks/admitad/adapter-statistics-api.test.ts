import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { admitadPostbackAdapter } from './adapter-postback';
import { admitadStatisticsApiAdapter as adapter } from './adapter-statistics-api';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const account: AdapterAccount = { network: 'admitad', publisherId: '998877', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';

/** One action of the fixture's shape, with some fields replaced. */
function page(changes: Record<string, unknown>): string {
  const action = {
    action_id: 1,
    advcampaign_id: 12345,
    action_date: '2025-03-14 17:22:05',
    status_updated: '2025-03-14 17:22:05',
    cart: '10.00',
    payment: '1.00',
    currency: 'EUR',
    subid: C1,
    status: 'pending',
    action_type: 'sale',
    ...changes,
  };
  return JSON.stringify({ results: [action], _meta: { count: 1, limit: 100, offset: 0 } });
}

describe('admitadStatisticsApiAdapter (networks.md §1.8)', () => {
  const first = adapter(fixture('statistics-page-1.json'), account);
  const second = adapter(fixture('statistics-page-2.json'), account);

  it('reads every action of both pages, with no issues', () => {
    expect([...first.issues, ...second.issues]).toEqual([]);
    expect([...first.events, ...second.events].map((e) => e.networkConversionId)).toEqual([
      '771234567',
      '771234568',
      '771234569',
    ]);
  });

  it('gives the whole event of a pending sale', () => {
    expect(first.events[0]).toEqual({
      network: 'admitad',
      sourceRecordKey: '771234567#pending#423EUR#8450EUR',
      networkConversionId: '771234567',
      advertiserId: '12345',
      orderRef: null,
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
    });
  });

  it.each([
    // label, index on the two pages, status, clickRef, sale, commission, currency, effectiveAt, validatedAt
    [
      'approved_but_stalled is pending, in the programme currency',
      1,
      'pending',
      C2,
      12000,
      960,
      'USD',
      '2025-04-02T08:15:00.000Z',
      null,
    ],
    [
      'declined is declined, validated at status_updated; an empty subid is an orphan',
      2,
      'declined',
      null,
      0,
      100,
      'EUR',
      '2025-04-20T08:00:00.000Z',
      '2025-04-20T08:00:00.000Z',
    ],
  ])('%s', (_label, index, status, clickRef, sale, commission, currency, effectiveAt, validatedAt) => {
    const event = [...first.events, ...second.events][index]!;
    expect(event).toMatchObject({ status, clickRef, effectiveAt, validatedAt });
    expect(event.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: sale, currency },
      commission: { amountMinor: commission, currency },
    });
  });

  it('tells a lead from a sale', () => {
    expect([...first.events, ...second.events].map((e) => e.type)).toEqual(['sale', 'sale', 'lead']);
  });

  it('lands on the same conversion, with the same amounts, as the postback of that action', () => {
    const [fromPostback] = admitadPostbackAdapter(
      {
        method: 'GET',
        query: {
          action_id: '771234567',
          status: 'pending',
          subid: C1,
          payment_sum: '4.23',
          currency: 'EUR',
          order_sum: '84.50',
          time: '1741972925',
        },
        headers: {},
        body: '',
        contentType: null,
        receivedAt: '2025-03-14T17:22:09.000Z',
      },
      account,
    ).events;
    const fromApi = first.events[0]!;
    expect(fromPostback).toMatchObject({
      networkConversionId: fromApi.networkConversionId,
      sourceRecordKey: fromApi.sourceRecordKey,
      amounts: fromApi.amounts,
      convertedAt: fromApi.convertedAt,
    });
  });
});

describe('sourceRecordKey', () => {
  it('is the same when the same page is polled again', () => {
    expect(adapter(fixture('statistics-page-1.json'), account)).toEqual(
      adapter(fixture('statistics-page-1.json'), account),
    );
  });

  it('changes when the action is approved, which takes effect at status_updated', () => {
    const [approved] = adapter(fixture('statistics-approved.json'), account).events;
    expect(approved).toMatchObject({
      sourceRecordKey: '771234567#approved#423EUR#8450EUR',
      status: 'approved',
      effectiveAt: '2025-04-20T09:15:00.000Z',
      validatedAt: '2025-04-20T09:15:00.000Z',
    });
  });

  it('changes when reward_ready is set, which makes the action paid', () => {
    const [paid] = adapter(page({ status: 'approved', reward_ready: true }), account).events;
    expect(paid).toMatchObject({ sourceRecordKey: '1#approved+reward_ready#100EUR#1000EUR', status: 'paid' });
    const [notYet] = adapter(page({ status: 'approved', reward_ready: 0 }), account).events;
    expect(notYet).toMatchObject({ sourceRecordKey: '1#approved#100EUR#1000EUR', status: 'approved' });
  });

  it('tells hold from pending, though both are pending', () => {
    const [hold] = adapter(page({ status: 'hold' }), account).events;
    expect(hold).toMatchObject({ sourceRecordKey: '1#hold#100EUR#1000EUR', status: 'pending' });
  });

  it('has "-" without a cart, and reads an order_id when sent', () => {
    const [event] = adapter(page({ cart: null, order_id: 'ACME-1' }), account).events;
    expect(event).toMatchObject({ sourceRecordKey: '1#pending#100EUR#-', orderRef: 'ACME-1' });
  });
});

describe('malformed actions give issues, and no event for that action', () => {
  const { events, issues } = adapter(fixture('statistics-malformed.json'), account);

  it('still reads the good action', () => {
    expect(events.map((e) => e.networkConversionId)).toEqual(['771234611']);
  });

  it.each([
    ['a missing action_id', 'results[0].action_id', 'got undefined'],
    ['an unknown status', 'results[1].status', 'unknown status "confirmed"'],
    ['a negative payment', 'results[2].payment', 'cannot be negative'],
    ['a date in another format', 'results[3].action_date', 'not a date-time'],
    ['an unknown currency', 'results[4].currency', 'unknown currency "RUR"'],
    ['a cart past what a JSON number keeps exactly', 'results[5].cart', 'too many digits'],
    ['February 30th', 'results[6].status_updated', 'not a real date-time'],
    ['a subid that is an array', 'results[7].subid', 'expected a string'],
    ['no payment', 'results[8].payment', 'got undefined'],
    ['reward_ready on a declined action', 'results[9].status', 'reward_ready is set'],
    ['an action that is an array', 'results[10]', 'expected an action object'],
  ])('%s', (_label, at, problem) => {
    const found = issues.filter((i) => i.at === at);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(11);
  });
});

describe('documents that are not a statistics page', () => {
  it.each([
    ['not JSON', '', 'not valid JSON'],
    ['an array', '[]', 'expected an object with a results array'],
    [
      'an error answer',
      '{"error":"invalid_token","error_description":"Expired"}',
      'results must be an array',
    ],
  ])('%s', (_label, document, problem) => {
    expect(adapter(document, account)).toEqual({
      events: [],
      issues: [{ at: 'document', problem: expect.stringContaining(problem) }],
    });
  });

  it('reads an empty page as nothing to do', () => {
    expect(adapter('{"results":[],"_meta":{"count":0,"limit":100,"offset":0}}', account)).toEqual({
      events: [],
      issues: [],
    });
  });

  it.each([
    page({ status: 5, payment: {}, action_date: 1741972925, subid: {} }),
    page({ action_id: null, currency: 978, cart: true }),
    page({ status: '', click_date: [], reward_ready: 'maybe' }),
  ])('never throws on odd shapes: %s', (document) => {
    const result = adapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});

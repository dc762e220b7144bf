import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent, RawPostback } from '../conversion-event';
import { getRequest, postRequest, readFixture } from '../parse/fixture-request';
import { awinPostbackAdapter } from './adapter-postback';

// networks.md §1.1 push and §7 fixtures F1, F2, F5, plus malformed requests.

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';
const account: AdapterAccount = { network: 'awin', publisherId: '1234567', defaultCurrency: 'EUR' };
const fixture = (name: string) => readFixture(import.meta.url, name);

const f1Event: ConversionEvent = {
  network: 'awin',
  sourceRecordKey: '3177001234#pending#8450#423',
  networkConversionId: '3177001234',
  advertiserId: '12345',
  orderRef: null,
  type: 'sale',
  clickRef: C1,
  subIds: { clickRef: C1 },
  networkStatus: 'pending',
  status: 'pending',
  amounts: {
    kind: 'totals',
    sale: { amountMinor: 8450, currency: 'EUR' },
    commission: { amountMinor: 423, currency: 'EUR' },
  },
  originalSale: null,
  convertedAt: '2025-03-14T18:22:05.000Z',
  clickedAt: '2025-03-14T18:01:44.000Z',
  effectiveAt: '2025-03-14T18:22:05.000Z',
  validatedAt: null,
  lockAt: null,
  paidAt: null,
  reason: null,
  commissionable: true,
};

describe('awinPostbackAdapter', () => {
  it('F1: POST with AwinTransactionPush → one pending sale at 8450/423 EUR, matched slot C1', () => {
    const raw = postRequest(fixture('f1-notification-post.txt'));
    expect(awinPostbackAdapter(raw, account)).toStrictEqual({ events: [f1Event], issues: [] });
  });

  it('F2: the same bytes 40 s later → the identical event (same key, same hash for intake)', () => {
    const body = fixture('f1-notification-post.txt');
    const first = awinPostbackAdapter(postRequest(body), account);
    const again = awinPostbackAdapter(postRequest(body, undefined, '', '2025-03-14T18:23:10.000Z'), account);
    expect(again).toStrictEqual(first);
  });

  it('F1 sent as GET with the macro names gives the same event', () => {
    const json = JSON.parse(fixture('f1-notification.json')) as Record<string, unknown>;
    const query = Object.entries(json)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
      .join('&');
    expect(awinPostbackAdapter(getRequest(query), account)).toStrictEqual({ events: [f1Event], issues: [] });
  });

  it('F5: GET with short names and an empty ref → an orphan (clickRef null), pending', () => {
    const { events, issues } = awinPostbackAdapter(getRequest(fixture('f5-notification-get.txt')), account);
    expect(issues).toEqual([]);
    expect(events).toStrictEqual([
      {
        ...f1Event,
        sourceRecordKey: '3177009999#pending#1999#100',
        networkConversionId: '3177009999',
        clickRef: null,
        subIds: {},
        amounts: {
          kind: 'totals',
          sale: { amountMinor: 1999, currency: 'EUR' },
          commission: { amountMinor: 100, currency: 'EUR' },
        },
        convertedAt: '2025-03-15T08:10:00.000Z',
        clickedAt: null,
        effectiveAt: '2025-03-15T08:10:00.000Z',
      },
    ]);
  });

  it('GET with every macro: shopper currency as originalSale, every click ref slot kept', () => {
    const { events, issues } = awinPostbackAdapter(
      getRequest(fixture('notification-get-macros.txt')),
      account,
    );
    expect(issues).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sourceRecordKey: '3177004321#pending#12000#600',
      clickRef: C2,
      subIds: { clickRef: C2, clickRef2: 'fr-home' },
      amounts: {
        kind: 'totals',
        sale: { amountMinor: 12000, currency: 'EUR' },
        commission: { amountMinor: 600, currency: 'EUR' },
      },
      originalSale: { amountMinor: 10137, currency: 'GBP' },
      convertedAt: '2025-03-16T09:30:12.000Z',
      clickedAt: '2025-03-16T09:12:40.000Z',
    });
  });

  it('macros Awin left unfilled count as absent: no tracked amount, an orphan', () => {
    const { events, issues } = awinPostbackAdapter(
      getRequest(fixture('notification-get-unfilled-macros.txt')),
      account,
    );
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({ clickRef: null, subIds: {}, originalSale: null });
  });

  it('uses account.network as the event network (one adapter, any Awin account)', () => {
    const raw = postRequest(fixture('f1-notification-post.txt'));
    const { events } = awinPostbackAdapter(raw, { ...account, network: 'awin-uk' });
    expect(events[0]?.network).toBe('awin-uk');
  });

  type Malformed = {
    label: string;
    method: 'GET' | 'POST';
    contentType: string | null;
    query: string;
    body: string;
    issuesAt: string[];
  };
  const malformed = JSON.parse(fixture('notification-malformed.json')) as Malformed[];

  it.each(malformed.map((c) => [c.label, c] as const))('%s → issues, no event', (_label, c) => {
    const raw: RawPostback =
      c.method === 'GET' ? getRequest(c.query) : postRequest(c.body, c.contentType, c.query);
    const result = awinPostbackAdapter(raw, account);
    expect(result.events).toEqual([]);
    expect(result.issues.map((i) => i.at)).toEqual(c.issuesAt);
    for (const issue of result.issues) expect(issue.problem).not.toBe('');
  });

  it('never throws, whatever arrives', () => {
    const odd: RawPostback[] = [
      getRequest(''),
      postRequest(''),
      postRequest('AwinTransactionPush=null'),
      postRequest('AwinTransactionPush=%22a%20string%22'),
      postRequest('AwinTransactionPush=12'),
      postRequest('%%%', null),
    ];
    for (const raw of odd) {
      const result = awinPostbackAdapter(raw, account);
      expect(result.events).toEqual([]);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});

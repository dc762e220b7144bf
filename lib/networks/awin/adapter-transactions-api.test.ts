import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent } from '../conversion-event';
import { postRequest, readFixture } from '../parse/fixture-request';
import { awinPostbackAdapter } from './adapter-postback';
import { awinTransactionsApiAdapter } from './adapter-transactions-api';

// networks.md §1.1 pull, §6.2 Awin mapping and §7 fixtures F3, F4, plus a
// lifecycle page (declined, paid, deleted, lead, bonus) and a malformed page.

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';
const account: AdapterAccount = { network: 'awin', publisherId: '1234567', defaultCurrency: 'EUR' };
const fixture = (name: string) => readFixture(import.meta.url, name);
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const f3Event: ConversionEvent = {
  network: 'awin',
  sourceRecordKey: '3177001234#pending#5950#298#from#8450#423',
  networkConversionId: '3177001234',
  advertiserId: '12345',
  orderRef: 'ACME-558812',
  type: 'sale',
  clickRef: C1,
  subIds: { clickRef: C1 },
  networkStatus: 'pending',
  status: 'pending',
  amounts: { kind: 'totals', sale: eur(5950), commission: eur(298) },
  originalSale: null,
  convertedAt: '2025-03-14T18:22:00.000Z',
  clickedAt: '2025-03-14T18:01:00.000Z',
  effectiveAt: '2025-03-14T18:23:00.000Z',
  validatedAt: null,
  lockAt: null,
  paidAt: null,
  reason: 'Partial return',
  commissionable: true,
};

describe('awinTransactionsApiAdapter', () => {
  it('F3: an amended pending transaction → totals 5950/298, the amendment in the key and reason', () => {
    expect(awinTransactionsApiAdapter(fixture('f3-transactions-amended.json'), account)).toStrictEqual({
      events: [f3Event],
      issues: [],
    });
  });

  it('F4: the same transaction approved → a new key, validatedAt, effective at validation', () => {
    expect(awinTransactionsApiAdapter(fixture('f4-transactions-approved.json'), account)).toStrictEqual({
      events: [
        {
          ...f3Event,
          sourceRecordKey: '3177001234#approved#5950#298#from#8450#423',
          networkStatus: 'approved',
          status: 'approved',
          validatedAt: '2025-04-20T09:15:00.000Z',
          effectiveAt: '2025-04-20T09:15:00.000Z',
        },
      ],
      issues: [],
    });
  });

  it('F1 → F3 → F4 are ordered by effectiveAt, and the totals differ by the F3 amendment (-2500/-125)', () => {
    const [f1] = awinPostbackAdapter(postRequest(fixture('f1-notification-post.txt')), account).events;
    const [f3] = awinTransactionsApiAdapter(fixture('f3-transactions-amended.json'), account).events;
    const [f4] = awinTransactionsApiAdapter(fixture('f4-transactions-approved.json'), account).events;
    if (!f1 || !f3 || !f4) throw new Error('a fixture gave no event');
    expect(f1.effectiveAt < f3.effectiveAt && f3.effectiveAt < f4.effectiveAt).toBe(true);
    expect(new Set([f1.sourceRecordKey, f3.sourceRecordKey, f4.sourceRecordKey]).size).toBe(3);
    expect(f1.networkConversionId).toBe(f3.networkConversionId);
    if (f1.amounts.kind !== 'totals' || f3.amounts.kind !== 'totals') throw new Error('Awin reports totals');
    expect(f3.amounts.sale!.amountMinor - f1.amounts.sale!.amountMinor).toBe(-2500);
    expect(f3.amounts.commission.amountMinor - f1.amounts.commission.amountMinor).toBe(-125);
  });

  it('a re-poll of the same state gives the same event', () => {
    const document = fixture('f3-transactions-amended.json');
    expect(awinTransactionsApiAdapter(document, account)).toStrictEqual(
      awinTransactionsApiAdapter(document, account),
    );
  });

  describe('the lifecycle page (§6.2: deleted → void, paidToPublisher → paid)', () => {
    const { events, issues } = awinTransactionsApiAdapter(fixture('transactions-lifecycle.json'), account);
    const byId = new Map(events.map((e) => [e.networkConversionId, e]));

    it('reads every record', () => {
      expect(issues).toEqual([]);
      expect(events).toHaveLength(6);
    });

    it.each<[string, string, Partial<ConversionEvent>]>([
      [
        'pending in GBP, Awin’s full sample record, three ref slots',
        '3177002001',
        {
          sourceRecordKey: '3177002001#pending#5596#559',
          status: 'pending',
          networkStatus: 'pending',
          clickRef: C2,
          subIds: { clickRef: C2, clickRef2: 'fr-home' },
          amounts: {
            kind: 'totals',
            sale: { amountMinor: 5596, currency: 'GBP' },
            commission: { amountMinor: 559, currency: 'GBP' },
          },
          orderRef: '111222333444',
          effectiveAt: '2025-02-20T22:05:00.000Z',
        },
      ],
      [
        'declined with a reason, effective at validation',
        '3177002002',
        {
          sourceRecordKey: '3177002002#declined#6200#310',
          status: 'declined',
          reason: 'order returned',
          validatedAt: '2025-04-02T07:00:00.000Z',
          effectiveAt: '2025-04-02T07:00:00.000Z',
        },
      ],
      [
        'approved and paidToPublisher → paid (no payment date from Awin)',
        '3177002003',
        {
          sourceRecordKey: '3177002003#paid#8450#423',
          status: 'paid',
          networkStatus: 'approved',
          paidAt: null,
        },
      ],
      [
        'deleted → void, no click refs → an orphan',
        '3177002004',
        {
          sourceRecordKey: '3177002004#void#3000#150',
          status: 'void',
          networkStatus: 'deleted',
          clickRef: null,
          subIds: {},
          orderRef: null,
          clickedAt: null,
        },
      ],
      [
        'a lead with no sale amount',
        '3177002005',
        { type: 'lead', sourceRecordKey: '3177002005#approved#0#200' },
      ],
      [
        'a bonus with saleAmount null',
        '3177002006',
        {
          type: 'bonus',
          amounts: { kind: 'totals', sale: null, commission: eur(1000) },
          sourceRecordKey: '3177002006#approved#-#1000',
          clickRef: null,
          // validated at its transaction time: the minute after still orders it after a push
          effectiveAt: '2025-03-31T00:01:00.000Z',
        },
      ],
    ])('%s', (_label, id, expected) => {
      expect(byId.get(id)).toMatchObject(expected);
    });
  });

  describe('a malformed page: each bad record gives issues and no event, the good one goes through', () => {
    const { events, issues } = awinTransactionsApiAdapter(fixture('transactions-malformed.json'), account);

    it.each<[string, number, string[]]>([
      ['no id', 0, ['[0].id']],
      ['a boolean id', 1, ['[1].id']],
      ['an unknown status', 2, ['[2].commissionStatus']],
      ['no commission', 3, ['[3].commissionAmount']],
      ['a negative commission', 4, ['[4].commissionAmount.amount']],
      ['words for the sale', 5, ['[5].saleAmount.amount']],
      ['1e21', 6, ['[6].commissionAmount.amount']],
      ['a number past 15 significant digits', 7, ['[7].saleAmount.amount']],
      ['an unknown currency', 8, ['[8].commissionAmount.currency']],
      ['three decimals in EUR', 9, ['[9].commissionAmount.amount']],
      ['30 February', 10, ['[10].transactionDate']],
      ['no transaction date', 11, ['[11].transactionDate']],
      ['a French validation date', 12, ['[12].validationDate']],
      ['another publisher', 13, ['[13].publisherId']],
      ['paid while pending', 14, ['[14].commissionStatus']],
      ['clickRefs as a string', 15, ['[15].clickRefs']],
      ['the commission as a bare number', 16, ['[16].commissionAmount']],
      ['a string, not a record', 17, ['[17]']],
      ['two defects, both reported', 19, ['[19].saleAmount.amount', '[19].clickDate']],
      ['an amendment with an unknown old currency', 20, ['[20].oldSaleAmount.currency']],
      ['paidToPublisher "yes"', 21, ['[21].paidToPublisher']],
      ['null, not a record', 22, ['[22]']],
    ])('%s', (_label, index, expectedAt) => {
      const mine = issues.filter((i) => i.at === `[${index}]` || i.at.startsWith(`[${index}].`));
      expect(mine.map((i) => i.at)).toEqual(expectedAt);
    });

    it('only record 18 becomes an event', () => {
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ networkConversionId: '3177003018', status: 'pending' });
      expect(issues.some((i) => i.at.startsWith('[18]'))).toBe(false);
    });
  });

  it.each<[string, string, string]>([
    [
      'an error object instead of an array',
      fixture('transactions-error-response.json'),
      'error, description',
    ],
    ['a truncated response', fixture('transactions-truncated.txt'), 'not valid JSON'],
    ['an empty body', '', 'not valid JSON'],
    ['a bare number', '42', 'got 42'],
    ['too many records', `[${'null,'.repeat(100_000)}null]`, 'at most 100000'],
  ])('%s → one issue at $, no events', (_label, document, problem) => {
    const result = awinTransactionsApiAdapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.at).toBe('$');
    expect(result.issues[0]?.problem).toContain(problem);
  });

  it('an empty page is no events and no issues', () => {
    expect(awinTransactionsApiAdapter('[]', account)).toStrictEqual({ events: [], issues: [] });
  });
});

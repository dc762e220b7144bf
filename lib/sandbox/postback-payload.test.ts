import { describe, expect, it } from 'vitest';
import { awinNotificationUrl, buildAwinNotification } from './postback-payload';

// Networks.md §7 F1's click id and amounts, on a sandbox sale.
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';

const sale = {
  id: 3177,
  orderRef: 'SBX-7K2M9Q',
  advertiserId: 'sbx-maison-lavande',
  publisherId: 'ristourne-demo',
  clickRef: C1 as string | null,
  saleAmountMinor: 8450,
  saleCurrency: 'EUR',
  commissionAmountMinor: 423,
  commissionCurrency: 'EUR',
  customerType: 'new' as 'new' | 'existing',
  status: 'pending' as 'pending' | 'approved' | 'declined',
  amendedFromSaleMinor: null as number | null,
  amendedFromCommissionMinor: null as number | null,
  amendedAt: null as Date | null,
  validatedAt: null as Date | null,
  createdAt: new Date('2025-03-14T18:22:05.417Z'),
};

const created = {
  transactionId: '3177',
  transactionDate: '2025-03-14 18:22:05',
  transactionCurrency: 'EUR',
  transactionAmount: '84.50',
  commission: '4.23',
  affiliateId: 'ristourne-demo',
  merchantId: 'sbx-maison-lavande',
  publisherId: 'ristourne-demo',
  advertiserId: 'sbx-maison-lavande',
  groupId: '0',
  bannerId: '0',
  clickRef: C1,
  orderRef: 'SBX-7K2M9Q',
  commissionStatus: 'pending',
  customerAcquisition: 'NEW',
  amended: 'false',
};

describe('buildAwinNotification', () => {
  it.each([
    ['a new pending sale (F1 shape, all strings)', {}, created],
    [
      'an existing customer without a click ref: an orphan with clickRef ""',
      { customerType: 'existing', clickRef: null },
      { ...created, customerAcquisition: 'EXISTING', clickRef: '' },
    ],
    [
      'a garbage click ref is sent as received',
      { clickRef: '../<script>' },
      { ...created, clickRef: '../<script>' },
    ],
    [
      'approved: status and validationDate',
      { status: 'approved', validatedAt: new Date('2025-04-20T09:15:00Z') },
      { ...created, commissionStatus: 'approved', validationDate: '2025-04-20 09:15:00' },
    ],
    [
      'declined',
      { status: 'declined', validatedAt: new Date('2025-04-02T07:00:59.999Z') },
      { ...created, commissionStatus: 'declined', validationDate: '2025-04-02 07:00:59' },
    ],
    [
      'amended (F3 amounts): the new amounts, the flag and the old ones',
      {
        saleAmountMinor: 5950,
        commissionAmountMinor: 298,
        amendedFromSaleMinor: 8450,
        amendedFromCommissionMinor: 423,
        amendedAt: new Date('2025-03-20T10:00:00Z'),
      },
      {
        ...created,
        transactionAmount: '59.50',
        commission: '2.98',
        amended: 'true',
        amendReason: 'Sandbox console amendment',
        amendmentDate: '2025-03-20 10:00:00',
        oldSaleAmount: '84.50',
        oldCommissionAmount: '4.23',
      },
    ],
    [
      'approved after an amendment keeps the amendment',
      {
        status: 'approved',
        validatedAt: new Date('2025-04-20T09:15:00Z'),
        saleAmountMinor: 5950,
        commissionAmountMinor: 298,
        amendedFromSaleMinor: 8450,
        amendedFromCommissionMinor: 423,
        amendedAt: new Date('2025-03-20T10:00:00Z'),
      },
      {
        ...created,
        transactionAmount: '59.50',
        commission: '2.98',
        commissionStatus: 'approved',
        validationDate: '2025-04-20 09:15:00',
        amended: 'true',
        amendReason: 'Sandbox console amendment',
        amendmentDate: '2025-03-20 10:00:00',
        oldSaleAmount: '84.50',
        oldCommissionAmount: '4.23',
      },
    ],
  ])('%s', (_label, changes, expected) => {
    const payload = buildAwinNotification({ ...sale, ...(changes as Partial<typeof sale>) });
    expect(payload).toStrictEqual(expected);
    for (const value of Object.values(payload)) expect(typeof value).toBe('string');
  });
});

describe('awinNotificationUrl', () => {
  const target = new URL('http://127.0.0.1:3000/api/postbacks/sandbox/tok_abc');

  it('puts every field in the query under its own name, spaces as %20', () => {
    const url = awinNotificationUrl(target, buildAwinNotification(sale));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:3000/api/postbacks/sandbox/tok_abc');
    expect(url.search).toBe(
      '?transactionId=3177&transactionDate=2025-03-14%2018%3A22%3A05&transactionCurrency=EUR' +
        '&transactionAmount=84.50&commission=4.23&affiliateId=ristourne-demo&merchantId=sbx-maison-lavande' +
        '&publisherId=ristourne-demo&advertiserId=sbx-maison-lavande&groupId=0&bannerId=0' +
        `&clickRef=${C1}&orderRef=SBX-7K2M9Q&commissionStatus=pending&customerAcquisition=NEW&amended=false`,
    );
    expect(Object.fromEntries(url.searchParams)).toStrictEqual(created);
  });

  it('sends an empty click ref as an empty parameter and encodes garbage', () => {
    const orphan = awinNotificationUrl(target, buildAwinNotification({ ...sale, clickRef: null }));
    expect(orphan.search).toContain('&clickRef=&orderRef=');
    const odd = awinNotificationUrl(target, buildAwinNotification({ ...sale, clickRef: 'a&b=c#d é' }));
    expect(odd.searchParams.get('clickRef')).toBe('a&b=c#d é');
    expect(odd.hash).toBe('');
  });

  it('keeps the target’s own query, and our fields win a name clash', () => {
    const withQuery = new URL('https://ristourne.test/api/postbacks/sandbox/t?v=2&clickRef=stale');
    const url = awinNotificationUrl(withQuery, buildAwinNotification(sale));
    expect(url.searchParams.get('v')).toBe('2');
    expect(url.searchParams.getAll('clickRef')).toEqual([C1]);
    expect(withQuery.search).toBe('?v=2&clickRef=stale'); // the caller's URL is not changed
  });
});

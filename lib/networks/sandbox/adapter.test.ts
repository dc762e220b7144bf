import { describe, expect, it } from 'vitest';
import { awinNotificationUrl, buildAwinNotification } from '@/lib/sandbox/postback-payload';
import type { AdapterAccount, ConversionEvent } from '../conversion-event';
import { getRequest, readFixture } from '../parse/fixture-request';
import { sandboxPostbackAdapter } from './adapter';

// The sandbox's Awin-shaped postbacks (lib/sandbox/postback-payload.ts), one
// fixture per sale event, mapped per networks.md §6.2 (Awin row).

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const account: AdapterAccount = { network: 'sandbox', publisherId: 'ristourne-demo', defaultCurrency: 'EUR' };
const fixture = (name: string) => readFixture(import.meta.url, name);
const adapt = (name: string) => sandboxPostbackAdapter(getRequest(fixture(name)), account);
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const created: ConversionEvent = {
  network: 'sandbox',
  sourceRecordKey: '3177#pending#8450#423',
  networkConversionId: '3177',
  advertiserId: 'sbx-maison-lavande',
  orderRef: 'SBX-7K2M9Q',
  type: 'sale',
  clickRef: C1,
  subIds: { clickRef: C1 },
  networkStatus: 'pending',
  status: 'pending',
  amounts: { kind: 'totals', sale: eur(8450), commission: eur(423) },
  originalSale: null,
  convertedAt: '2025-03-14T18:22:05.000Z',
  clickedAt: null,
  effectiveAt: '2025-03-14T18:22:05.000Z',
  validatedAt: null,
  lockAt: null,
  paidAt: null,
  reason: null,
  commissionable: true,
  newCustomer: true,
};

const amended: ConversionEvent = {
  ...created,
  sourceRecordKey: '3177#pending#5950#298#from#8450#423#2025-03-20T10:00:00.000Z',
  amounts: { kind: 'totals', sale: eur(5950), commission: eur(298) },
  effectiveAt: '2025-03-20T10:00:00.000Z',
  reason: 'Sandbox console amendment',
};

describe('sandboxPostbackAdapter', () => {
  it.each<[string, string, ConversionEvent]>([
    ['a new pending sale (F1 amounts)', 'created.txt', created],
    [
      'an existing customer without a click: an orphan',
      'orphan-existing-customer.txt',
      {
        ...created,
        sourceRecordKey: '3178#pending#8450#423',
        networkConversionId: '3178',
        clickRef: null,
        subIds: {},
        newCustomer: false,
      },
    ],
    ['amended (F3 amounts), effective at the amendment', 'amended.txt', amended],
    [
      'approved after the amendment: the amendment stays, effective at validation',
      'approved-after-amendment.txt',
      {
        ...amended,
        sourceRecordKey: '3177#approved#5950#298#from#8450#423#2025-03-20T10:00:00.000Z',
        networkStatus: 'approved',
        status: 'approved',
        validatedAt: '2025-04-20T09:15:00.000Z',
        effectiveAt: '2025-04-20T09:15:00.000Z',
      },
    ],
    [
      'approved',
      'approved.txt',
      {
        ...created,
        sourceRecordKey: '3177#approved#8450#423',
        networkStatus: 'approved',
        status: 'approved',
        validatedAt: '2025-04-20T09:15:00.000Z',
        effectiveAt: '2025-04-20T09:15:00.000Z',
      },
    ],
    [
      'declined',
      'declined.txt',
      {
        ...created,
        sourceRecordKey: '3177#declined#8450#423',
        networkStatus: 'declined',
        status: 'declined',
        validatedAt: '2025-04-02T07:00:59.000Z',
        effectiveAt: '2025-04-02T07:00:59.000Z',
      },
    ],
    [
      'amended back to the original amounts: a key of its own',
      'amended-twice.txt',
      {
        ...created,
        sourceRecordKey: '3177#pending#8450#423#from#5950#298#2025-03-25T16:45:00.000Z',
        effectiveAt: '2025-03-25T16:45:00.000Z',
        reason: 'Sandbox console amendment',
      },
    ],
  ])('%s', (_label, name, expected) => {
    expect(adapt(name)).toStrictEqual({ events: [expected], issues: [] });
  });

  it.each([
    ['no customerAcquisition: unknown, left out of the event', '', undefined],
    ['a lower-case word', 'new', true],
  ])('%s', (_label, value, expected) => {
    const request = getRequest(fixture('created.txt'));
    const query = { ...request.query };
    if (value === '') delete query.customerAcquisition;
    else query.customerAcquisition = value;
    const [event] = sandboxPostbackAdapter({ ...request, query }, account).events;
    expect(event?.newCustomer).toBe(expected);
    expect(event !== undefined && 'newCustomer' in event).toBe(expected !== undefined);
  });

  it('refuses a customerAcquisition it cannot read', () => {
    const request = getRequest(fixture('created.txt'));
    const result = sandboxPostbackAdapter(
      { ...request, query: { ...request.query, customerAcquisition: 'MAYBE' } },
      account,
    );
    expect(result.events).toEqual([]);
    expect(result.issues[0]?.problem).toMatch(/NEW or EXISTING/);
  });

  it('every state of one sale has its own key, and they are ordered by effectiveAt', () => {
    const names = ['created.txt', 'amended.txt', 'amended-twice.txt', 'approved.txt'];
    const events = names.map((name) => adapt(name).events[0]!);
    expect(new Set(events.map((e) => e.sourceRecordKey)).size).toBe(names.length);
    const times = events.map((e) => e.effectiveAt);
    expect([...times].sort()).toEqual(times);
  });

  it('reads exactly what the sandbox sender builds (contract with lib/sandbox/postback-payload.ts)', () => {
    const sale = {
      id: 42,
      orderRef: 'SBX-ABC123',
      advertiserId: 'sbx-maison-lavande',
      publisherId: 'ristourne-demo',
      clickRef: C1,
      saleAmountMinor: 1999,
      saleCurrency: 'EUR',
      commissionAmountMinor: 100,
      commissionCurrency: 'EUR',
      customerType: 'new' as const,
      status: 'approved' as const,
      amendedFromSaleMinor: 2999,
      amendedFromCommissionMinor: 150,
      amendedAt: new Date('2025-05-02T08:00:00.250Z'),
      validatedAt: new Date('2025-05-10T12:00:00Z'),
      createdAt: new Date('2025-05-01T20:15:30.999Z'),
    };
    const url = awinNotificationUrl(
      new URL('http://127.0.0.1:3000/api/postbacks/sandbox/tok'),
      buildAwinNotification(sale),
    );
    const { events, issues } = sandboxPostbackAdapter(getRequest(url.search.slice(1)), account);
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      networkConversionId: '42',
      orderRef: 'SBX-ABC123',
      clickRef: C1,
      status: 'approved',
      amounts: { kind: 'totals', sale: eur(1999), commission: eur(100) },
      convertedAt: '2025-05-01T20:15:30.000Z',
      validatedAt: '2025-05-10T12:00:00.000Z',
      effectiveAt: '2025-05-10T12:00:00.000Z',
      sourceRecordKey: '42#approved#1999#100#from#2999#150#2025-05-02T08:00:00.000Z',
    });
  });

  type Malformed = { label: string; query: string; issuesAt: string[] };
  const malformed = JSON.parse(fixture('malformed.json')) as Malformed[];

  it.each(malformed.map((c) => [c.label, c] as const))('%s → issues, no event', (_label, c) => {
    const result = sandboxPostbackAdapter(getRequest(c.query), account);
    expect(result.events).toEqual([]);
    expect(result.issues.map((i) => i.at)).toEqual(c.issuesAt);
  });
});

import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent, RawPostback } from '../conversion-event';
import { getRequest, postRequest, readFixture } from '../parse/fixture-request';
import { genericPostbackAdapter } from './adapter';

// networks.md §1.9 platforms (Everflow, Affise, TUNE) and the brief's example
// map, through one adapter configured per account (fixtures/field-maps.json).

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const fixture = (name: string) => readFixture(import.meta.url, name);
const fieldMaps = JSON.parse(fixture('field-maps.json')) as Record<string, Record<string, string>>;
const accountFor = (platform: string, defaultCurrency = 'EUR'): AdapterAccount => ({
  network: platform,
  publisherId: 'ristourne',
  defaultCurrency,
  fieldMap: fieldMaps[platform],
});
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const everflowApproved: ConversionEvent = {
  network: 'everflow',
  sourceRecordKey: 'ef7731a0#approved#8450#423',
  networkConversionId: 'ef7731a0',
  advertiserId: null,
  orderRef: 'ACME-558812',
  type: 'sale',
  clickRef: C1,
  subIds: { sub1: C1, sub2: 'fr-home', sub4: '{sub4}' },
  networkStatus: 'approved',
  status: 'approved',
  amounts: { kind: 'totals', sale: eur(8450), commission: eur(423) },
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

describe('genericPostbackAdapter', () => {
  it('Everflow GET, approved: unix times, extra sub-ids kept as received', () => {
    const raw = getRequest(fixture('everflow-approved-get.txt'));
    expect(genericPostbackAdapter(raw, accountFor('everflow'))).toStrictEqual({
      events: [everflowApproved],
      issues: [],
    });
  });

  it('Everflow invalid → void, payout 0: a new key for the new state', () => {
    const { events } = genericPostbackAdapter(
      getRequest(fixture('everflow-invalid-get.txt')),
      accountFor('everflow'),
    );
    expect(events).toStrictEqual([
      {
        ...everflowApproved,
        sourceRecordKey: 'ef7731a0#void#8450#0',
        networkStatus: 'invalid',
        status: 'void',
        amounts: { kind: 'totals', sale: eur(8450), commission: eur(0) },
      },
    ]);
  });

  it.each<[string, string, string]>([
    ['1', 'approved', '6612aa01#approved#8450#423'],
    ['2', 'pending', '6612aa01#pending#8450#423'],
    ['3', 'declined', '6612aa01#declined#8450#423'],
    ['5', 'approved', '6612aa01#approved#8450#423'],
  ])('Affise status %s → %s', (code, status, key) => {
    const { events, issues } = genericPostbackAdapter(
      getRequest(fixture(`affise-status-${code}-get.txt`)),
      accountFor('affise'),
    );
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      networkStatus: code,
      status,
      sourceRecordKey: key,
      clickRef: C1,
      subIds: { sub1: C1 },
    });
  });

  it('Affise {rand} is fresh per fire and never part of the event (§1.9, §4)', () => {
    const query = fixture('affise-status-2-get.txt');
    const retry = query.replace(/rand=[^&]+/, 'rand=11111111-2222-4333-8444-555555555555');
    expect(retry).not.toBe(query);
    expect(genericPostbackAdapter(getRequest(retry), accountFor('affise'))).toStrictEqual(
      genericPostbackAdapter(getRequest(query), accountFor('affise')),
    );
  });

  it('TUNE POST form with decimal commas, the account currency, an account status word and effectiveAt', () => {
    const raw = postRequest(fixture('tune-hold-post-form.txt'));
    const { events, issues } = genericPostbackAdapter(raw, accountFor('tune'));
    expect(issues).toEqual([]);
    expect(events).toStrictEqual([
      {
        ...everflowApproved,
        network: 'tune',
        sourceRecordKey: '102a3b9f#pending#8450#423',
        networkConversionId: '102a3b9f',
        orderRef: null,
        subIds: { aff_sub: C1, aff_sub2: 'newsletter' },
        networkStatus: 'hold',
        status: 'pending',
        clickedAt: null,
        effectiveAt: '2025-03-20T09:00:00.000Z',
      },
    ]);
  });

  it('TUNE rejected with a status message → declined with its reason', () => {
    const { events } = genericPostbackAdapter(
      postRequest(fixture('tune-rejected-post-form.txt')),
      accountFor('tune'),
    );
    expect(events[0]).toMatchObject({
      status: 'declined',
      networkStatus: 'rejected',
      reason: 'Duplicate Conversion',
      sourceRecordKey: '102a3b9f#declined#8450#0',
      effectiveAt: '2025-03-28T14:10:00.000Z',
    });
  });

  it('a USD account reads amounts in USD when no currency is mapped', () => {
    const { events } = genericPostbackAdapter(
      postRequest(fixture('tune-hold-post-form.txt')),
      accountFor('tune', 'USD'),
    );
    expect(events[0]?.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: 8450, currency: 'USD' },
      commission: { amountMinor: 423, currency: 'USD' },
    });
  });

  it('the brief’s map over a JSON POST: a number payout, a lower-case currency, an offset time', () => {
    const raw = postRequest(fixture('brief-example-post.json'), 'application/json');
    const { events, issues } = genericPostbackAdapter(raw, accountFor('brief-example'));
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      sourceRecordKey: 'a1b2c3d4#pending#8450#423',
      networkStatus: 'Pending',
      status: 'pending',
      amounts: { kind: 'totals', sale: eur(8450), commission: eur(423) },
      convertedAt: '2025-03-14T18:22:05.000Z',
    });
  });

  it('no status and no sale mapped: a pending conversion with sale null', () => {
    const account: AdapterAccount = {
      network: 'partner',
      publisherId: 'ristourne',
      defaultCurrency: 'EUR',
      fieldMap: { conversionId: 'id', clickRef: 's1', commission: 'c', convertedAt: 't' },
    };
    const { events, issues } = genericPostbackAdapter(
      getRequest('id=77&s1=&c=1,5&t=2025-03-14%2018:22:05'),
      account,
    );
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      sourceRecordKey: '77#pending#-#150',
      status: 'pending',
      networkStatus: 'pending',
      clickRef: null,
      subIds: {},
      amounts: { kind: 'totals', sale: null, commission: eur(150) },
    });
  });

  it.each([
    ['usd', 'USD'],
    ['EUR', 'EUR'],
  ])('the account currency %s is normalised to %s', (given, code) => {
    const { events } = genericPostbackAdapter(
      postRequest(fixture('tune-hold-post-form.txt')),
      accountFor('tune', given),
    );
    expect(events[0]?.amounts).toMatchObject({ commission: { amountMinor: 423, currency: code } });
  });

  it('an account currency that is not ISO-4217 is an issue on the account', () => {
    const result = genericPostbackAdapter(
      postRequest(fixture('tune-hold-post-form.txt')),
      accountFor('tune', 'EURO'),
    );
    expect(result).toEqual({
      events: [],
      issues: [{ at: 'account.defaultCurrency', problem: 'unknown currency "EURO"' }],
    });
  });

  type Malformed = {
    label: string;
    fieldMap: Record<string, string> | null;
    method: 'GET' | 'POST';
    contentType: string | null;
    query: string;
    body: string;
    issuesAt: string[];
  };
  const malformed = JSON.parse(fixture('malformed.json')) as Malformed[];

  it.each(malformed.map((c) => [c.label, c] as const))('%s → issues, no event', (_label, c) => {
    const account: AdapterAccount = {
      network: 'generic',
      publisherId: 'ristourne',
      defaultCurrency: 'EUR',
      ...(c.fieldMap ? { fieldMap: c.fieldMap } : {}),
    };
    const raw: RawPostback =
      c.method === 'GET' ? getRequest(c.query) : postRequest(c.body, c.contentType, c.query);
    const result = genericPostbackAdapter(raw, account);
    expect(result.events).toEqual([]);
    expect(result.issues.map((i) => i.at)).toEqual(c.issuesAt);
  });
});

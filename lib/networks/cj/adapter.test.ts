import { describe, expect, it } from 'vitest';
import type { AdapterAccount, ConversionEvent } from '../conversion-event';
import { cjCommissionDetailAdapter } from './adapter';
import { documentWith, fixture, recordsOf } from './fixtures/load';

// networks.md §1.2 (CJ), §6.2 (the CJ status rule) and fixtures F6–F8 (§7).

const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';
const usd: AdapterAccount = { network: 'cj', publisherId: '1234567', defaultCurrency: 'USD' };
const eur: AdapterAccount = { ...usd, defaultCurrency: 'EUR' };

const F6_EVENT: ConversionEvent = {
  network: 'cj',
  sourceRecordKey: '3061234567',
  networkConversionId: '2712345678',
  advertiserId: '4567890',
  orderRef: 'ORD-88412',
  type: 'sale',
  clickRef: C2,
  subIds: { shopperId: C2 },
  networkStatus: 'new',
  status: 'pending',
  amounts: {
    kind: 'delta',
    line: 'original',
    saleDelta: { amountMinor: 12000, currency: 'USD' },
    commissionDelta: { amountMinor: 960, currency: 'USD' },
  },
  originalSale: null,
  convertedAt: '2025-03-10T14:05:11.000Z',
  clickedAt: '2025-03-10T13:58:40.000Z',
  effectiveAt: '2025-03-10T16:00:00.000Z',
  validatedAt: null,
  lockAt: '2025-04-11T09:00:00.000Z',
  paidAt: null,
  reason: null,
  commissionable: true,
};

describe('cjCommissionDetailAdapter on the networks.md fixtures', () => {
  it('F6: the original record is an original line of its originalActionId, pending, matched to C2', () => {
    expect(cjCommissionDetailAdapter(fixture('f6-original.json'), usd)).toEqual({
      events: [F6_EVENT],
      issues: [],
    });
  });

  it('F7: a correction seen alone is a signed correction line; its net is unknown here, so it stays pending', () => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('f7-correction.json'), usd);
    expect(issues).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sourceRecordKey: '3061299999',
      networkConversionId: '2712345678',
      status: 'pending',
      reason: 'RETURNED_MERCHANDISE',
      effectiveAt: '2025-03-22T07:30:00.000Z',
      amounts: {
        kind: 'delta',
        line: 'correction',
        saleDelta: { amountMinor: -4000, currency: 'USD' },
        commissionDelta: { amountMinor: -320, currency: 'USD' },
      },
    });
  });

  it('F6 + F7 in one page: net 8000/640 is still pending', () => {
    const doc = documentWith([...recordsOf('f7-correction.json'), ...recordsOf('f6-original.json')]);
    const { events, issues } = cjCommissionDetailAdapter(doc, usd);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.sourceRecordKey, e.status])).toEqual([
      ['3061234567', 'pending'],
      ['3061299999', 'pending'],
    ]);
  });

  it('F7 variant: a full return next to its original nets 0, so the group is declined (§6.2)', () => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('f7-full-return-with-original.json'), usd);
    expect(issues).toEqual([]);
    // original first, whatever order the page lists them in
    expect(events.map((e) => [e.sourceRecordKey, e.status, e.amounts])).toEqual([
      [
        '3061234567',
        'declined',
        {
          kind: 'delta',
          line: 'original',
          saleDelta: { amountMinor: 12000, currency: 'USD' },
          commissionDelta: { amountMinor: 960, currency: 'USD' },
        },
      ],
      [
        '3061299999',
        'declined',
        {
          kind: 'delta',
          line: 'correction',
          saleDelta: { amountMinor: -12000, currency: 'USD' },
          commissionDelta: { amountMinor: -960, currency: 'USD' },
        },
      ],
    ]);
  });

  it('F8: the re-poll after lock is approved, the same lines, effective at the locking date', () => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('f8-relock.json'), usd);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.sourceRecordKey, e.networkStatus, e.status, e.effectiveAt])).toEqual([
      ['3061234567', 'locked', 'approved', '2025-04-11T09:00:00.000Z'],
      ['3061299999', 'locked', 'approved', '2025-04-11T09:00:00.000Z'],
    ]);
    const first = cjCommissionDetailAdapter(fixture('f6-original.json'), usd).events[0]!;
    expect(events[0]).toEqual({
      ...first,
      networkStatus: 'locked',
      status: 'approved',
      effectiveAt: '2025-04-11T09:00:00.000Z',
    });
  });

  it('is deterministic: the same page gives the same events', () => {
    const doc = fixture('f8-relock.json');
    expect(cjCommissionDetailAdapter(doc, usd)).toEqual(cjCommissionDetailAdapter(doc, usd));
  });
});

describe('cjCommissionDetailAdapter, statuses, types and sub-ids', () => {
  it('closed + ACCEPTED is approved (closed is not paid); extended + ACCEPTED too; "" and "0" are orphans', () => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('page-incomplete.json'), usd);
    expect(issues).toEqual([]);
    expect(
      events.map((e) => [e.sourceRecordKey, e.networkStatus, e.status, e.type, e.clickRef, e.subIds]),
    ).toEqual([
      // the closed record took its status at its locking date, after the extended one was posted
      ['3061240001', 'extended', 'approved', 'bonus', null, { shopperId: '0' }],
      ['3061240000', 'closed', 'approved', 'lead', null, { shopperId: '' }],
    ]);
    expect(events[1]).toMatchObject({ paidAt: null, effectiveAt: '2025-03-11T09:00:00.000Z' });
    expect(events[0]!.amounts).toEqual({
      kind: 'delta',
      line: 'original',
      saleDelta: null,
      commissionDelta: { amountMinor: 2500, currency: 'USD' },
    });
  });

  it.each([
    ['item_sale', 'sale'],
    ['sim_sale', 'sale'],
    ['item_lead', 'lead'],
    ['sim_lead', 'lead'],
    ['bonus', 'bonus'],
    ['perf_inc', 'bonus'],
    ['click', 'other'],
    ['imp', 'other'],
  ])('actionType %s is a %s', (actionType, type) => {
    const [record] = recordsOf('f6-original.json');
    const { events } = cjCommissionDetailAdapter(documentWith([{ ...record, actionType }]), usd);
    expect(events[0]?.type).toBe(type);
  });

  it('falls back to the deprecated sid when shopperId is absent', () => {
    const { shopperId: _drop, ...record } = recordsOf('f6-original.json')[0]!;
    const { events } = cjCommissionDetailAdapter(documentWith([{ ...record, sid: C2 }]), usd);
    expect(events[0]).toMatchObject({ clickRef: C2, subIds: { sid: C2 } });
  });

  it('reads amounts in the account currency: no currency code comes from CJ (§1.2)', () => {
    const { events } = cjCommissionDetailAdapter(fixture('f6-original.json'), eur);
    expect(events[0]!.amounts).toMatchObject({
      saleDelta: { amountMinor: 12000, currency: 'EUR' },
      commissionDelta: { amountMinor: 960, currency: 'EUR' },
    });
  });

  it('uses the USD fields only for a USD account', () => {
    const {
      saleAmountPubCurrency: _s,
      pubCommissionAmountPubCurrency: _c,
      ...record
    } = recordsOf('f6-original.json')[0]!;
    const doc = documentWith([record]);
    expect(cjCommissionDetailAdapter(doc, usd).events[0]!.amounts).toMatchObject({
      commissionDelta: { amountMinor: 960, currency: 'USD' },
    });
    expect(cjCommissionDetailAdapter(doc, eur)).toEqual({
      events: [],
      issues: [{ at: 'records[0].pubCommissionAmountPubCurrency', problem: 'missing' }],
    });
  });

  it.each([
    ['an offset', '2025-03-10T16:05:11+02:00', '2025-03-10T14:05:11.000Z'],
    ['no offset (CJ dates are UTC)', '2025-03-10T14:05:11', '2025-03-10T14:05:11.000Z'],
    ['milliseconds', '2025-03-10T14:05:11.250Z', '2025-03-10T14:05:11.250Z'],
  ])('reads an eventDate with %s', (_label, eventDate, convertedAt) => {
    const [record] = recordsOf('f6-original.json');
    const { events } = cjCommissionDetailAdapter(documentWith([{ ...record, eventDate }]), usd);
    expect(events[0]?.convertedAt).toBe(convertedAt);
  });

  it('reads a JSON-number amount through its decimal string', () => {
    const [record] = recordsOf('f6-original.json');
    const { events } = cjCommissionDetailAdapter(
      documentWith([{ ...record, pubCommissionAmountPubCurrency: 9.6 }]),
      usd,
    );
    expect(events[0]?.amounts).toMatchObject({ commissionDelta: { amountMinor: 960 } });
  });

  it('lets a correction be positive (an upward correction)', () => {
    const [record] = recordsOf('f7-correction.json');
    const { events } = cjCommissionDetailAdapter(
      documentWith([{ ...record, pubCommissionAmountPubCurrency: '1.00', saleAmountPubCurrency: '10.00' }]),
      usd,
    );
    expect(events[0]?.amounts).toMatchObject({ line: 'correction', commissionDelta: { amountMinor: 100 } });
  });
});

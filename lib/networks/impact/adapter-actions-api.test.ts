import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount, RawPostback } from '../conversion-event';
import { impactActionsApiAdapter } from './adapter-actions-api';
import { impactPostbackAdapter } from './adapter-postback';

// networks.md §1.4 (Impact Partner API v16 Actions), §6.2 (Impact mapping).

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const account: AdapterAccount = { network: 'impact', publisherId: 'IRabc123', defaultCurrency: 'USD' };

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const run = (document: string) => impactActionsApiAdapter(document, account);
type Page = { Actions: Record<string, unknown>[] };
const actionsOf = (name: string) => (JSON.parse(fixture(name)) as Page).Actions;
const pageWith = (actions: unknown[]) => JSON.stringify({ '@page': '1', '@numpages': '1', Actions: actions });

describe('impactActionsApiAdapter', () => {
  it('maps each state (§6.2) and orders the page by when each state took effect', () => {
    const { events, issues } = run(fixture('actions-page-1.json'));
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.networkConversionId, e.networkStatus, e.status, e.effectiveAt])).toEqual([
      ['19816.4636.160003', 'APPROVED', 'paid', '2025-02-20T20:00:00.000Z'],
      ['19816.4636.160002', 'APPROVED', 'approved', '2025-03-01T08:00:00.000Z'],
      ['19816.4636.158133', 'PENDING', 'pending', '2025-03-02T18:51:23.000Z'],
      ['19816.4636.160005', 'PENDING', 'pending', '2025-03-04T16:12:00.000Z'],
      ['19816.4636.160004', 'REVERSED', 'declined', '2025-04-02T07:00:00.000Z'],
    ]);
  });

  it('reads a whole action', () => {
    const event = run(fixture('actions-page-1.json')).events.find(
      (e) => e.networkConversionId === '19816.4636.158133',
    );
    expect(event).toEqual({
      network: 'impact',
      sourceRecordKey: '19816.4636.158133|PENDING|payout=3.30|amount=82.49|delta=3.30,82.49',
      networkConversionId: '19816.4636.158133',
      advertiserId: '19816',
      orderRef: '98122',
      type: 'sale',
      clickRef: C1,
      subIds: { SubId1: C1, SubId2: '', SubId3: '', SharedId: '' },
      networkStatus: 'PENDING',
      status: 'pending',
      amounts: {
        kind: 'totals',
        sale: { amountMinor: 8249, currency: 'USD' },
        commission: { amountMinor: 330, currency: 'USD' },
      },
      originalSale: null,
      convertedAt: '2025-03-02T18:42:38.000Z',
      clickedAt: '2025-03-02T18:20:11.000Z',
      effectiveAt: '2025-03-02T18:51:23.000Z',
      validatedAt: null,
      lockAt: '2025-04-01T07:00:00.000Z',
      paidAt: null,
      reason: null,
      commissionable: true,
    });
  });

  it('ClearedDate makes an approved action paid, dated by it', () => {
    const paid = run(fixture('actions-page-1.json')).events[0]!;
    expect(paid).toMatchObject({
      paidAt: '2025-02-20T20:00:00.000Z',
      sourceRecordKey: '19816.4636.160003|APPROVED|payout=4.00|amount=80.00|delta=0.00,0.00|cleared',
    });
  });

  it('a reversal reports totals of zero and is declined', () => {
    const reversed = run(fixture('actions-page-1.json')).events.at(-1)!;
    expect(reversed.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: 0, currency: 'USD' },
      commission: { amountMinor: 0, currency: 'USD' },
    });
  });

  it('a promo-code credit has no click ref: an orphan (§0.5)', () => {
    const orphan = run(fixture('actions-page-1.json')).events.find(
      (e) => e.networkConversionId === '19816.4636.160005',
    );
    expect(orphan).toMatchObject({ clickRef: null, clickedAt: null, subIds: { SubId1: '' } });
  });

  it('a tracker named like a lead is a lead', () => {
    const { events, issues } = run(fixture('actions-page-2.json'));
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.networkConversionId, e.type, e.amounts])).toEqual([
      [
        '19816.4636.160006',
        'lead',
        {
          kind: 'totals',
          sale: { amountMinor: 0, currency: 'USD' },
          commission: { amountMinor: 200, currency: 'USD' },
        },
      ],
    ]);
  });

  it('gives the poll of a state the same record key as the postback of that state', () => {
    const line = fixture('tracked.url').trim().split(' ')[1]!;
    const raw: RawPostback = {
      method: 'GET',
      query: Object.fromEntries(new URL(line, 'https://ristourne.example').searchParams),
      headers: {},
      body: '',
      contentType: null,
      receivedAt: '2025-03-02T19:00:00.000Z',
    };
    const pushed = impactPostbackAdapter(raw, account).events[0]!;
    const polled = run(fixture('actions-page-1.json')).events.find(
      (e) => e.networkConversionId === pushed.networkConversionId,
    );
    expect(polled?.sourceRecordKey).toBe(pushed.sourceRecordKey);
  });

  it('accepts JSON numbers for ids and amounts', () => {
    const [action] = actionsOf('actions-page-1.json');
    const { events } = run(pageWith([{ ...action, CampaignId: 19816, Payout: 3.3, Amount: 82.49 }]));
    expect(events[0]).toMatchObject({
      advertiserId: '19816',
      amounts: { sale: { amountMinor: 8249 }, commission: { amountMinor: 330 } },
    });
  });
});

describe('impactActionsApiAdapter on malformed pages', () => {
  it('keeps the good actions and names each bad one', () => {
    const { events, issues } = run(fixture('actions-malformed.json'));
    expect(events.map((e) => e.networkConversionId)).toEqual(['19816.4636.170008']);
    expect(issues).toEqual([
      { at: 'Actions[0].Payout', problem: '"-1.00" cannot be negative' },
      { at: 'Actions[1].Currency', problem: 'unknown currency "EURO"' },
      { at: 'Actions[2].EventDate', problem: '"2025-03-02T10:42:38" has no UTC offset' },
      { at: 'Actions[3].State', problem: 'unknown state "LOCKED" (expected PENDING, APPROVED, REVERSED)' },
      {
        at: 'Actions[4].Payout',
        problem: '"90071992547409.92" is not an exact USD amount (too many decimals or too large)',
      },
      { at: 'Actions[5].ClearedDate', problem: 'an action in state PENDING cannot have cleared' },
      { at: 'Actions[6].Payout', problem: 'missing' },
      { at: 'Actions[7].Payout', problem: '"5,00" is not a decimal amount' },
    ]);
  });

  it.each([
    ['not JSON', 'Actions:', 'document', 'not JSON'],
    ['an array', '[]', 'document', 'expected an object with an Actions array'],
    ['no Actions', '{"@page":"1"}', 'Actions', 'missing'],
    ['Actions as an object', '{"Actions":{}}', 'Actions', 'expected an array'],
    ['an action that is not an object', pageWith([42]), 'Actions[0]', 'expected an action object'],
  ])('%s → an issue, no event, no throw', (_label, document, at, problem) => {
    expect(run(document)).toEqual({ events: [], issues: [{ at, problem }] });
  });

  it('a sub-id that is not a string is an issue', () => {
    const [action] = actionsOf('actions-page-1.json');
    expect(run(pageWith([{ ...action, SubId1: { id: C1 } }])).issues).toEqual([
      { at: 'Actions[0].SubId1', problem: `sub-id must be a string, got {"id":"${C1}"}` },
    ]);
  });
});

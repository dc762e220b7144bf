import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { kwankoConversionsApiAdapter as adapter } from './adapter-conversions-api';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const account: AdapterAccount = { network: 'kwanko', publisherId: '55501', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';

/** One conversion of the fixture's shape, with some fields replaced. */
function page(changes: Record<string, unknown>): string {
  const conversion = {
    kwanko_id: 1,
    campaign: { id: 4321 },
    completed_at_timestamp: 1741972925,
    turnover: { value: '10.00' },
    websites_per_language: [{ earnings: { value: '1.00' }, argsites: { argsite: C1 } }],
    state: 'pending_approval',
    ...changes,
  };
  return JSON.stringify({ conversions: [conversion] });
}

describe('kwankoConversionsApiAdapter (networks.md §1.6)', () => {
  const { events, issues } = adapter(fixture('conversions.json'), account);

  it('reads every conversion, with no issues', () => {
    expect(issues).toEqual([]);
    expect(events.map((e) => e.networkConversionId)).toEqual([
      '98765432',
      '98765433',
      '98765434',
      '98765435',
    ]);
  });

  it('gives the whole event of a pending conversion', () => {
    expect(events[0]).toEqual({
      network: 'kwanko',
      sourceRecordKey: '98765432#pending_approval#423EUR#8450EUR',
      networkConversionId: '98765432',
      advertiserId: '4321',
      orderRef: null,
      type: 'sale',
      clickRef: C1,
      subIds: { argsite: C1, argsite1: 'home' },
      networkStatus: 'pending_approval',
      status: 'pending',
      amounts: {
        kind: 'totals',
        sale: { amountMinor: 8450, currency: 'EUR' },
        commission: { amountMinor: 423, currency: 'EUR' },
      },
      originalSale: null,
      convertedAt: '2025-03-14T17:22:05.000Z',
      clickedAt: null,
      effectiveAt: '2025-03-14T17:22:05.000Z',
      validatedAt: null,
      lockAt: null,
      paidAt: null,
      reason: null,
      commissionable: true,
    });
  });

  it.each([
    // label, kwanko_id, status, clickRef, sale, commission
    ['pending_approval is pending', '98765432', 'pending', C1, 8450, 423],
    ['approved is approved', '98765433', 'approved', C2, 12000, 960],
    ['rejected is declined', '98765434', 'declined', C1, 1999, 100],
    ['no argsite is an orphan; "35,00" is a decimal comma', '98765435', 'pending', null, 3500, 175],
  ])('%s', (_label, id, status, clickRef, sale, commission) => {
    const event = events.find((e) => e.networkConversionId === id)!;
    expect(event.status).toBe(status);
    expect(event.clickRef).toBe(clickRef);
    expect(event.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: sale, currency: 'EUR' },
      commission: { amountMinor: commission, currency: 'EUR' },
    });
  });

  it('shares the postback’s conversion id, so both channels land on one conversion', () => {
    expect(events[0]!.networkConversionId).toBe('98765432');
  });
});

describe('sourceRecordKey', () => {
  it('is the same when the same state is polled again', () => {
    expect(adapter(fixture('conversions.json'), account)).toEqual(
      adapter(fixture('conversions.json'), account),
    );
  });

  it('changes when the conversion is approved', () => {
    const [approved] = adapter(fixture('conversions-approved.json'), account).events;
    expect(approved).toMatchObject({
      networkConversionId: '98765432',
      status: 'approved',
      sourceRecordKey: '98765432#approved#423EUR#8450EUR',
    });
  });

  it('has "-" for a conversion without turnover', () => {
    const [event] = adapter(page({ turnover: undefined }), account).events;
    expect(event!.sourceRecordKey).toBe('1#pending_approval#100EUR#-');
    expect(event!.amounts).toMatchObject({ sale: null });
  });
});

describe('currencies', () => {
  it('uses a currency sent beside the value', () => {
    const [event] = adapter(
      page({
        turnover: { value: '10.00', currency: 'GBP' },
        websites_per_language: [{ earnings: { value: '1.00', currency: 'gbp' }, argsites: { argsite: C1 } }],
      }),
      account,
    ).events;
    expect(event!.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: 1000, currency: 'GBP' },
      commission: { amountMinor: 100, currency: 'GBP' },
    });
  });

  it('refuses a turnover and earnings in different currencies', () => {
    const { events, issues } = adapter(page({ turnover: { value: '10.00', currency: 'GBP' } }), account);
    expect(events).toEqual([]);
    expect(issues).toEqual([
      { at: 'conversions[0].turnover.currency', problem: "GBP differs from the earnings' EUR" },
    ]);
  });
});

describe('malformed conversions give issues, and no event for that conversion', () => {
  const { events, issues } = adapter(fixture('conversions-malformed.json'), account);

  it('still reads the good conversion', () => {
    expect(events.map((e) => e.networkConversionId)).toEqual(['98765512']);
  });

  it.each([
    ['a missing kwanko_id', 'conversions[0].kwanko_id', 'got undefined'],
    ['an unknown state', 'conversions[1].state', 'unknown state "cancelled"'],
    ['negative earnings', 'conversions[2].websites_per_language[0].earnings.value', 'cannot be negative'],
    ['a date instead of a unix time', 'conversions[3].completed_at_timestamp', 'not a unix time'],
    ['no website', 'conversions[4].websites_per_language', 'exactly one website, got 0'],
    ['two websites', 'conversions[5].websites_per_language', 'exactly one website, got 2'],
    ['a turnover that is not a number', 'conversions[6].turnover.value', 'not a decimal amount'],
    ['huge earnings', 'conversions[7].websites_per_language[0].earnings.value', 'not a plain decimal'],
    [
      'an argsite that is an object',
      'conversions[8].websites_per_language[0].argsites',
      'argsite must be a string',
    ],
    ['an id past 2^53', 'conversions[9].kwanko_id', 'not an exact id'],
    ['an unknown currency', 'conversions[10].turnover.currency', 'unknown currency "EURO"'],
    ['a conversion that is not an object', 'conversions[11]', 'expected a conversion object'],
  ])('%s', (_label, at, problem) => {
    const found = issues.filter((i) => i.at === at);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(12);
  });
});

describe('documents that are not a conversions list', () => {
  it.each([
    ['not JSON', '<html>502</html>', 'not valid JSON'],
    ['a bare array', '[]', 'expected an object with a conversions array'],
    ['no conversions', '{"message":"Unauthorized"}', 'conversions must be an array'],
  ])('%s', (_label, document, problem) => {
    const result = adapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues).toEqual([{ at: 'document', problem: expect.stringContaining(problem) }]);
  });

  it('reads an empty list as nothing to do', () => {
    expect(adapter('{"conversions":[]}', account)).toEqual({ events: [], issues: [] });
  });

  it.each([
    page({ campaign: 'x', state: 5, turnover: 3, websites_per_language: [null] }),
    page({ websites_per_language: [{ earnings: [], argsites: [] }] }),
    page({ websites_per_language: [{ earnings: { value: {} }, argsites: { argsite: 1.5 } }] }),
  ])('never throws on odd shapes: %s', (document) => {
    const result = adapter(document, account);
    expect(result.events).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('refuses to guess a currency when the account has none', () => {
    const { events, issues } = adapter(page({}), { ...account, defaultCurrency: 'nope' });
    expect(events).toEqual([]);
    expect(issues[0]!.problem).toContain("the account's currency");
  });
});

import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { cjCommissionDetailAdapter } from './adapter';
import { documentWith, fixture, recordsOf } from './fixtures/load';

// networks.md §1.2 (CJ) and §6.1: what cannot be read becomes an issue and no
// event, never an exception and never a partial event.

const usd: AdapterAccount = { network: 'cj', publisherId: '1234567', defaultCurrency: 'USD' };

describe('cjCommissionDetailAdapter on malformed input', () => {
  const [f6] = recordsOf('f6-original.json');
  it.each<[string, Record<string, unknown>, string, string | RegExp]>([
    ['no commissionId', { commissionId: undefined }, 'commissionId', 'missing'],
    ['an empty commissionId', { commissionId: '' }, 'commissionId', 'empty'],
    ['no originalActionId', { originalActionId: null }, 'originalActionId', 'missing'],
    ['original as a word', { original: 'yes' }, 'original', /expected true or false/],
    ['a made-up status', { actionStatus: 'approved' }, 'actionStatus', /unknown status "approved"/],
    ['no advertiserId', { advertiserId: undefined }, 'advertiserId', 'missing'],
    [
      'no commission',
      { pubCommissionAmountPubCurrency: undefined, pubCommissionAmountUsd: undefined },
      'pubCommissionAmountPubCurrency',
      'missing',
    ],
    [
      'a boolean amount',
      { pubCommissionAmountPubCurrency: true },
      'pubCommissionAmountPubCurrency',
      /must be a string or number/,
    ],
    [
      'an object amount',
      { saleAmountPubCurrency: { amount: '1' } },
      'saleAmountPubCurrency',
      /must be a string or number/,
    ],
    [
      'a third decimal',
      { pubCommissionAmountPubCurrency: '9.605' },
      'pubCommissionAmountPubCurrency',
      /not an exact USD amount/,
    ],
    [
      'an exponent',
      { pubCommissionAmountPubCurrency: '1e3' },
      'pubCommissionAmountPubCurrency',
      /not a decimal amount/,
    ],
    [
      'a huge amount',
      { saleAmountPubCurrency: '999999999999999999.99' },
      'saleAmountPubCurrency',
      /not an exact USD amount/,
    ],
    [
      'a huge JSON number',
      { saleAmountPubCurrency: '#json:12345678901234567' },
      'saleAmountPubCurrency',
      /too many digits/,
    ],
    [
      'a negative original commission',
      { pubCommissionAmountPubCurrency: '-9.60' },
      'pubCommissionAmountPubCurrency',
      /negative/,
    ],
    ['a negative original sale', { saleAmountPubCurrency: '-120.00' }, 'saleAmountPubCurrency', /negative/],
    ['February 30th', { eventDate: '2025-02-30T14:05:11Z' }, 'eventDate', /not a real date-time/],
    ['a US date', { eventDate: '03/10/2025 14:05' }, 'eventDate', /not a date-time/],
    ['hour 24', { postingDate: '2025-03-10T24:00:00Z' }, 'postingDate', /not a real date-time/],
    ['no postingDate', { postingDate: undefined }, 'postingDate', 'missing'],
    ['a bad lockingDate', { lockingDate: 'soon' }, 'lockingDate', /not a date-time/],
    ['a numeric shopperId', { shopperId: 42 }, 'shopperId', /sub-id must be a string/],
  ])('%s → an issue and no event', (_label, change, field, problem) => {
    const { events, issues } = cjCommissionDetailAdapter(documentWith([{ ...f6, ...change }]), usd);
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe(`records[0].${field}`);
    expect(issues[0]!.problem).toMatch(problem);
  });

  it('keeps the good records of a page with bad ones, and names every bad one', () => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('malformed-records.json'), usd);
    expect(events.map((e) => e.sourceRecordKey)).toEqual(['3061250004']);
    expect(issues.map((i) => i.at)).toEqual([
      'records[0].commissionId',
      'records[1].pubCommissionAmountPubCurrency',
      'records[2].eventDate',
      'records[3].pubCommissionAmountPubCurrency',
    ]);
  });

  it('reports every problem of one record at once', () => {
    const { issues } = cjCommissionDetailAdapter(
      documentWith([{ ...f6, commissionId: undefined, eventDate: 'x', saleAmountPubCurrency: 'abc' }]),
      usd,
    );
    expect(issues.map((i) => i.at)).toEqual([
      'records[0].commissionId',
      'records[0].eventDate',
      'records[0].saleAmountPubCurrency',
    ]);
  });

  it.each([
    ['not JSON', '{"data":', 'document', /not JSON/],
    ['a JSON array', '[]', 'document', /GraphQL response object/],
    ['JSON null', 'null', 'document', /GraphQL response object/],
    ['no publisherCommissions', '{"data":{}}', 'data.publisherCommissions', 'missing'],
    [
      'records not an array',
      '{"data":{"publisherCommissions":{"records":{}}}}',
      'data.publisherCommissions.records',
      /array/,
    ],
    ['a record that is not an object', documentWith(['3061234567']), 'records[0]', /record object/],
  ])('%s → an issue, no event, no throw', (_label, doc, at, problem) => {
    const { events, issues } = cjCommissionDetailAdapter(doc, usd);
    expect(events).toEqual([]);
    expect(issues[0]!.at).toBe(at);
    expect(issues[0]!.problem).toMatch(problem);
  });

  it('turns GraphQL errors into issues', () => {
    expect(cjCommissionDetailAdapter(fixture('graphql-error.json'), usd)).toEqual({
      events: [],
      issues: [{ at: 'errors[0]', problem: 'GraphQL error: Not authorized to access publisher 1234567' }],
    });
  });

  it.each(['XXX1', 'ABC', ''])('refuses the account currency %j', (defaultCurrency) => {
    const { events, issues } = cjCommissionDetailAdapter(fixture('f6-original.json'), {
      ...usd,
      defaultCurrency,
    });
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe('account.defaultCurrency');
  });

  it('reads a lower-case account currency as its code', () => {
    const { events } = cjCommissionDetailAdapter(fixture('f6-original.json'), {
      ...usd,
      defaultCurrency: 'usd',
    });
    expect(events[0]?.amounts).toMatchObject({ commissionDelta: { currency: 'USD' } });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount, RawPostback } from '../conversion-event';
import { kwankoPostbackAdapter as adapter, KWANKO_POSTBACK_QUERY } from './adapter-postback';

// A fixture is the request as it reached /api/postbacks/kwanko/<token>.
type RequestFixture = Omit<RawPostback, 'query'> & { url: string };

function request(name: string): RawPostback {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const { url, ...rest } = JSON.parse(text) as RequestFixture;
  return { ...rest, query: Object.fromEntries(new URL(url, 'https://ristourne.example').searchParams) };
}

/** The F-style GET with some parameters replaced or removed (undefined). */
function variant(changes: Record<string, string | undefined>): RawPostback {
  const raw = request('postback-conversion.json');
  const query = { ...raw.query };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete query[name];
    else query[name] = value;
  }
  return { ...raw, query };
}

const account: AdapterAccount = { network: 'kwanko', publisherId: '55501', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';

describe('kwankoPostbackAdapter (Conversion Track, networks.md §1.6)', () => {
  it('reads a new conversion as pending, with the earning as commission and no sale', () => {
    expect(adapter(request('postback-conversion.json'), account)).toEqual({
      issues: [],
      events: [
        {
          network: 'kwanko',
          sourceRecordKey: '98765432#pending_approval#423EUR#-',
          networkConversionId: '98765432',
          advertiserId: '4321',
          orderRef: null,
          type: 'sale',
          clickRef: C1,
          subIds: { argsite: C1, argsitex: '' },
          networkStatus: '',
          status: 'pending',
          amounts: { kind: 'totals', sale: null, commission: { amountMinor: 423, currency: 'EUR' } },
          originalSale: null,
          convertedAt: '2025-03-14T17:22:05.000Z',
          clickedAt: null,
          effectiveAt: '2025-03-14T17:22:05.000Z',
          validatedAt: null,
          lockAt: null,
          paidAt: null,
          reason: null,
          commissionable: true,
        },
      ],
    });
  });

  it.each([
    // label, fixture, networkConversionId, clickRef, commission minor, convertedAt
    [
      'an empty argsite is an orphan; "1,50" is a decimal comma',
      'postback-orphan-comma.json',
      '98765499',
      null,
      150,
      '2025-03-30T00:30:00.000Z',
    ],
    [
      'a POST with a form body reads the same',
      'postback-post-form.json',
      '98765433',
      C2,
      960,
      '2025-03-30T00:30:00.000Z',
    ],
  ])('%s', (_label, name, id, clickRef, commission, convertedAt) => {
    const { events, issues } = adapter(request(name), account);
    expect(issues).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      networkConversionId: id,
      clickRef,
      status: 'pending',
      amounts: { kind: 'totals', sale: null, commission: { amountMinor: commission, currency: 'EUR' } },
      convertedAt,
    });
  });

  it('keeps every argsite parameter as received', () => {
    const [event] = adapter(variant({ argsite1: 'home', argsite12: 'footer', other: 'x' }), account).events;
    expect(event!.subIds).toEqual({ argsite: C1, argsitex: '', argsite1: 'home', argsite12: 'footer' });
  });

  it('documents the query to configure, one parameter per macro', () => {
    const names = [...new URLSearchParams(KWANKO_POSTBACK_QUERY).keys()];
    expect(names).toContain('unique_conv_id');
    expect(names).toContain('tsnow');
    const raw = { ...request('postback-conversion.json') };
    expect(Object.keys(raw.query).sort()).toEqual([...names].sort());
  });

  it('gives the same event, so the same key, when the call is repeated', () => {
    const first = adapter(request('postback-conversion.json'), account);
    const again = adapter(
      { ...request('postback-conversion.json'), receivedAt: '2025-03-14T17:23:00.000Z' },
      account,
    );
    expect(again).toEqual(first);
  });

  it('changes the key when the earning changes', () => {
    const [event] = adapter(variant({ gainaf: '3.10' }), account).events;
    expect(event!.sourceRecordKey).toBe('98765432#pending_approval#310EUR#-');
  });

  it.each([
    [
      'no currency_gainaf: the account currency',
      { currency_gainaf: undefined },
      { amountMinor: 423, currency: 'EUR' },
    ],
    ['another currency', { currency_gainaf: 'chf' }, { amountMinor: 423, currency: 'CHF' }],
    [
      'a zero-decimal currency',
      { currency_gainaf: 'JPY', gainaf: '500' },
      { amountMinor: 500, currency: 'JPY' },
    ],
    ['a zero earning', { gainaf: '0' }, { amountMinor: 0, currency: 'EUR' }],
  ])('%s', (_label, changes, commission) => {
    const [event] = adapter(variant(changes), account).events;
    expect(event!.amounts).toEqual({ kind: 'totals', sale: null, commission });
  });
});

describe('bad calls give issues and no event', () => {
  it.each([
    ['no unique_conv_id', { unique_conv_id: undefined }, 'query.unique_conv_id', 'got undefined'],
    ['a negative earning', { gainaf: '-2.00' }, 'query.gainaf', 'cannot be negative'],
    ['an earning that is not a number', { gainaf: 'quatre' }, 'query.gainaf', 'not a decimal amount'],
    ['a huge earning', { gainaf: '99999999999999999999' }, 'query.gainaf', 'too large'],
    ['a fraction of a cent', { gainaf: '4.235' }, 'query.gainaf', 'not an exact EUR amount'],
    ['an unknown currency', { currency_gainaf: 'EURO' }, 'query.currency_gainaf', 'unknown currency "EURO"'],
    ['no time at all', { tsnow: undefined, dtnow: undefined }, 'query.tsnow', 'tsnow is missing'],
    ['only the zoneless dtnow', { tsnow: undefined }, 'query.tsnow', 'time zone of dtnow'],
    ['a tsnow in milliseconds', { tsnow: '1741972925000' }, 'query.tsnow', 'not a unix time'],
    ['a tsnow from 1990', { tsnow: '631152000' }, 'query.tsnow', 'outside 2000–2099'],
  ])('%s', (_label, changes, at, problem) => {
    const { events, issues } = adapter(variant(changes), account);
    expect(events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.at).toBe(at);
    expect(issues[0]!.problem).toContain(problem);
  });

  it('lists every problem of the malformed fixture at once', () => {
    const { events, issues } = adapter(request('postback-malformed.json'), account);
    expect(events).toEqual([]);
    expect(issues.map((i) => i.at)).toEqual(['query.unique_conv_id', 'query.currency_gainaf', 'query.tsnow']);
  });

  it('treats macros Kwanko left unfilled as missing values', () => {
    const { events, issues } = adapter(request('postback-unfilled-macros.json'), account);
    expect(events).toEqual([]);
    expect(issues.map((i) => i.at)).toEqual(['query.unique_conv_id', 'query.gainaf', 'query.tsnow']);
  });

  it('refuses a body it cannot read', () => {
    const raw: RawPostback = {
      ...request('postback-post-form.json'),
      contentType: 'text/xml',
      body: '<conversion/>',
    };
    expect(adapter(raw, account)).toEqual({
      events: [],
      issues: [{ at: 'request', problem: 'cannot read a "text/xml" body' }],
    });
  });

  it('refuses a field sent twice with different values', () => {
    const raw: RawPostback = { ...request('postback-post-form.json'), query: { gainaf: '1.00' } };
    const { events, issues } = adapter(raw, account);
    expect(events).toEqual([]);
    expect(issues[0]!.problem).toContain('sent twice');
  });

  it('refuses to guess a currency when the account has none', () => {
    const { events, issues } = adapter(variant({ currency_gainaf: undefined }), {
      ...account,
      defaultCurrency: '',
    });
    expect(events).toEqual([]);
    expect(issues[0]!.problem).toContain("no currency_gainaf, and the account's currency");
  });
});

import { describe, expect, it } from 'vitest';
import type { RawPostback } from '../conversion-event';
import { bodyKind, readPostbackFields } from './postback-fields';

const base: RawPostback = {
  method: 'GET',
  query: {},
  headers: {},
  body: '',
  contentType: null,
  receivedAt: '2025-03-14T18:22:30.000Z',
};

describe('readPostbackFields', () => {
  it('reads the query of a GET and says where each value came from', () => {
    const parsed = readPostbackFields({ ...base, query: { txid: 'a1', payout: '4.23' } });
    expect(parsed).toEqual({
      ok: true,
      value: { txid: { value: 'a1', at: 'query.txid' }, payout: { value: '4.23', at: 'query.payout' } },
    });
  });

  it('ignores the body of a GET', () => {
    const parsed = readPostbackFields({
      ...base,
      body: 'txid=zz',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(parsed).toEqual({ ok: true, value: {} });
  });

  it('merges a form body with the query', () => {
    const parsed = readPostbackFields({
      ...base,
      method: 'POST',
      query: { v: '2' },
      body: 'txid=a1&payout=4.23&note=caf%C3%A9+cr%C3%A8me',
      contentType: 'application/x-www-form-urlencoded; charset=utf-8',
    });
    expect(parsed.ok && parsed.value).toEqual({
      v: { value: '2', at: 'query.v' },
      txid: { value: 'a1', at: 'body.txid' },
      payout: { value: '4.23', at: 'body.payout' },
      note: { value: 'café crème', at: 'body.note' },
    });
  });

  it('reads the scalars of a JSON body as strings', () => {
    const parsed = readPostbackFields({
      ...base,
      method: 'POST',
      body: '{"txid":"a1","payout":4.23,"test":false,"nested":{"a":1},"list":[1]}',
      contentType: 'application/json',
    });
    expect(parsed.ok && parsed.value).toEqual({
      txid: { value: 'a1', at: 'body.txid' },
      payout: { value: '4.23', at: 'body.payout' },
      test: { value: 'false', at: 'body.test' },
    });
  });

  it.each<[string, Partial<RawPostback>]>([
    ['a name in query and body with different values', { query: { txid: 'a' }, body: 'txid=b' }],
    ['invalid JSON', { body: '{"txid":', contentType: 'application/json' }],
    ['a JSON array', { body: '[1,2]', contentType: 'application/json' }],
    ['an XML body', { body: '<a/>', contentType: 'application/xml' }],
    ['a huge value', { body: `txid=${'x'.repeat(9000)}` }],
    ['too many fields', { body: Array.from({ length: 201 }, (_, i) => `f${i}=1`).join('&') }],
  ])('refuses %s', (_label, change) => {
    const raw: RawPostback = {
      ...base,
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      ...change,
    };
    expect(readPostbackFields(raw).ok).toBe(false);
  });

  it('accepts the same value twice', () => {
    const parsed = readPostbackFields({ ...base, method: 'POST', query: { txid: 'a' }, body: 'txid=a' });
    expect(parsed.ok).toBe(true);
  });
});

describe('bodyKind', () => {
  it.each<[string | null, string, string]>([
    ['application/x-www-form-urlencoded', 'a=1', 'form'],
    [null, 'a=1', 'form'],
    ['application/json; charset=utf-8', '{}', 'json'],
    ['text/plain', ' {"a":1}', 'json'],
    ['application/xml', '<a/>', 'other'],
  ])('%s with %j → %s', (contentType, body, expected) => {
    expect(bodyKind({ contentType, body })).toBe(expected);
  });
});

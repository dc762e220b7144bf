import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { effiliationCsvAdapter } from './adapter-csv';
import { effiliationJsonAdapter as adapter } from './adapter-json';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const account: AdapterAccount = { network: 'effiliation', publisherId: '887766', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';

describe('effiliationJsonAdapter (networks.md §1.7)', () => {
  const { events, issues } = adapter(fixture('transactions.json'), account);

  it('reads every transaction, with no issues', () => {
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.networkConversionId, e.status])).toEqual([
      ['55501234', 'pending'],
      ['55501235', 'approved'],
      ['55501236', 'declined'],
    ]);
  });

  it('gives the same events as the CSV export of the same transactions', () => {
    const csv = effiliationCsvAdapter(fixture('transactions-fr.csv'), account).events.slice(0, 3);
    // The CSV always has an effi_id2 column; the JSON sends null for one of them.
    const withoutSlot2 = (list: typeof events) =>
      list.map((e) => ({ ...e, subIds: { effi_id: e.subIds.effi_id } }));
    expect(withoutSlot2(events)).toEqual(withoutSlot2(csv));
  });

  it('reads JSON numbers and ids, and "84,50" strings alike', () => {
    expect(events[0]!.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: 8450, currency: 'EUR' },
      commission: { amountMinor: 423, currency: 'EUR' },
    });
    expect(events[1]).toMatchObject({
      networkConversionId: '55501235',
      advertiserId: '1234',
      amounts: { sale: { amountMinor: 123456 }, commission: { amountMinor: 6173 } },
      validatedAt: '2025-05-02T07:15:00.000Z',
    });
  });

  it('reads a bare array of transactions too', () => {
    const list = JSON.stringify(
      (JSON.parse(fixture('transactions.json')) as { transactions: unknown[] }).transactions,
    );
    expect(adapter(list, account)).toEqual({ events, issues: [] });
  });

  it('gives the same result when the same page is fetched again', () => {
    expect(adapter(fixture('transactions.json'), account)).toEqual({ events, issues });
  });
});

describe('malformed transactions give issues, and no event for that transaction', () => {
  const { events, issues } = adapter(fixture('transactions-malformed.json'), account);

  it('reads none of them', () => {
    expect(events).toEqual([]);
  });

  it.each([
    ['a missing id_transaction', 'transactions[0].id_transaction', 'got undefined'],
    ['a negative commission', 'transactions[1].commission', 'cannot be negative'],
    ['a null etat', 'transactions[2].etat', 'unknown etat null'],
    ['an impossible offset', 'transactions[3].datetran', 'impossible UTC offset'],
    ['a two-digit year', 'transactions[4].datetran', 'not a date-time'],
    ['no date at all', 'transactions[5].datetran', 'missing, and so is date'],
    ['an effi_id that is an object', 'transactions[6].effi_id', 'expected a string'],
    ['a huge montant', 'transactions[7].montant', 'not a plain decimal'],
    ['a transaction that is a string', 'transactions[8]', 'expected a transaction object'],
  ])('%s', (_label, at, problem) => {
    const found = issues.filter((i) => i.at === at);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(9);
  });
});

describe('documents that are not a transactions list', () => {
  it.each([
    ['not JSON', 'bad credentials !', 'not valid JSON'],
    ['a string', '"x"', 'expected a transactions array'],
    ['no transactions', '{"error":"bad key"}', 'transactions must be an array'],
  ])('%s', (_label, document, problem) => {
    expect(adapter(document, account)).toEqual({
      events: [],
      issues: [{ at: 'document', problem: expect.stringContaining(problem) }],
    });
  });

  it('reads an empty list as nothing to do', () => {
    expect(adapter('{"transactions":[]}', account)).toEqual({ events: [], issues: [] });
  });

  it('puts an effi_id of "0" or "null" down as an orphan, keeping the slot as sent', () => {
    const doc = (effiId: string) =>
      `[{"id_transaction":"1","effi_id":"${effiId}","commission":"1,00","etat":"Attente","datetran":"14/03/2025 18:22:05"}]`;
    for (const value of ['0', 'null', ' ']) {
      const [event] = adapter(doc(value), account).events;
      expect(event).toMatchObject({ clickRef: null, subIds: { effi_id: value } });
    }
    expect(adapter(doc(C1), account).events[0]!.clickRef).toBe(C1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterAccount } from '../conversion-event';
import { effiliationCsvAdapter as adapter } from './adapter-csv';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const account: AdapterAccount = { network: 'effiliation', publisherId: '887766', defaultCurrency: 'EUR' };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const C2 = '01j9z4a1b2c3d4e5f6g7h8j9k0';
const HEADER =
  'id_transaction|id_affilieur|id_programme|id_session|effi_id|effi_id2|type|montant|commission|etat|date|dateclic|datetran|datevalidation|en_session';

describe('effiliationCsvAdapter on a French export (networks.md §1.7)', () => {
  const { events, issues } = adapter(fixture('transactions-fr.csv'), account);

  it('reads every row, with no issues', () => {
    expect(issues).toEqual([]);
    expect(events.map((e) => e.networkConversionId)).toEqual([
      '55501234',
      '55501235',
      '55501236',
      '55501237',
    ]);
  });

  it('gives the whole event of a pending sale', () => {
    expect(events[0]).toEqual({
      network: 'effiliation',
      sourceRecordKey: '55501234#pending#423EUR#8450EUR',
      networkConversionId: '55501234',
      advertiserId: '1234',
      orderRef: null,
      type: 'sale',
      clickRef: C1,
      subIds: { effi_id: C1, effi_id2: '' },
      networkStatus: 'Attente',
      status: 'pending',
      amounts: {
        kind: 'totals',
        sale: { amountMinor: 8450, currency: 'EUR' },
        commission: { amountMinor: 423, currency: 'EUR' },
      },
      originalSale: null,
      convertedAt: '2025-03-14T17:22:05.000Z',
      clickedAt: '2025-03-14T17:01:44.000Z',
      effectiveAt: '2025-03-14T17:22:05.000Z',
      validatedAt: null,
      lockAt: null,
      paidAt: null,
      reason: null,
      commissionable: true,
    });
  });

  it.each([
    // label, id, status, clickRef, sale, commission, convertedAt, effectiveAt
    [
      'Attente is pending (winter time, UTC+1)',
      '55501234',
      'pending',
      C1,
      8450,
      423,
      '2025-03-14T17:22:05.000Z',
      '2025-03-14T17:22:05.000Z',
    ],
    [
      'Valide is approved, "1 234,56" groups thousands; summer time takes effect at validation',
      '55501235',
      'approved',
      C2,
      123456,
      6173,
      '2025-03-30T01:10:00.000Z',
      '2025-05-02T07:15:00.000Z',
    ],
    [
      'Refus is declined (the §7 etat=Refus line), at its validation date',
      '55501236',
      'declined',
      C1,
      1999,
      100,
      '2025-03-15T07:10:00.000Z',
      '2025-04-20T08:00:00.000Z',
    ],
    [
      'no effi_id is an orphan; 02:30 in the autumn overlap is the later, winter instant',
      '55501237',
      'pending',
      null,
      0,
      250,
      '2025-10-26T01:30:00.000Z',
      '2025-10-26T01:30:00.000Z',
    ],
  ])('%s', (_label, id, status, clickRef, sale, commission, convertedAt, effectiveAt) => {
    const event = events.find((e) => e.networkConversionId === id)!;
    expect(event).toMatchObject({ status, clickRef, convertedAt, effectiveAt });
    expect(event.amounts).toEqual({
      kind: 'totals',
      sale: { amountMinor: sale, currency: 'EUR' },
      commission: { amountMinor: commission, currency: 'EUR' },
    });
  });

  it('reads the spring change: 01:55 is winter time, 03:10 summer time', () => {
    expect(events[1]).toMatchObject({
      clickedAt: '2025-03-30T00:55:00.000Z',
      convertedAt: '2025-03-30T01:10:00.000Z',
    });
  });

  it('tells a lead from a sale', () => {
    expect(events.map((e) => e.type)).toEqual(['sale', 'sale', 'sale', 'lead']);
  });
});

describe('the same export in English', () => {
  const french = adapter(fixture('transactions-fr.csv'), account).events;
  const english = adapter(fixture('transactions-en.csv'), account);

  it('reads Pending / Valid / Refusal and decimal points', () => {
    expect(english.issues).toEqual([]);
    expect(english.events.map((e) => e.status)).toEqual(['pending', 'approved', 'declined', 'pending']);
  });

  it('gives the same source record keys, because the key holds the canonical status', () => {
    expect(english.events.map((e) => e.sourceRecordKey)).toEqual(french.map((e) => e.sourceRecordKey));
  });

  it('keeps the network status word as sent', () => {
    expect(english.events.map((e) => e.networkStatus)).toEqual(['Pending', 'Valid', 'Refusal', 'Pending']);
  });
});

describe('sourceRecordKey', () => {
  it('is the same when the same file is imported again', () => {
    expect(adapter(fixture('transactions-fr.csv'), account)).toEqual(
      adapter(fixture('transactions-fr.csv'), account),
    );
  });

  it.each([
    ['validated', 'Attente', 'Valide', '55501234#approved#423EUR#8450EUR'],
    ['a new commission', '|4,23|', '|3,10|', '55501234#pending#310EUR#8450EUR'],
    ['a new sale amount', '|84,50|', '|60,00|', '55501234#pending#423EUR#6000EUR'],
  ])('changes when the transaction is %s', (_label, from, to, key) => {
    const [, row] = fixture('transactions-fr.csv').split('\n');
    const [event] = adapter(`${HEADER}\n${row!.replace(from, to)}`, account).events;
    expect(event!.sourceRecordKey).toBe(key);
  });
});

describe('a file with bad rows gives issues for those rows and events for the good ones', () => {
  const { events, issues } = adapter(fixture('transactions-malformed.csv'), account);

  it('reads the good rows (CRLF line ends, a quoted field holding a pipe and quotes)', () => {
    expect(events.map((e) => e.networkConversionId)).toEqual(['55502001', '55502012']);
    expect(events[1]).toMatchObject({
      clickRef: C2,
      subIds: { effi_id: C2, effi_id2: 'home|footer "A"' },
      status: 'approved',
      networkStatus: 'Validé',
    });
  });

  it.each([
    ['a short row', 'line 3', '11 fields where the header has 15'],
    ['a bad number', 'line 4.montant', 'not a decimal amount'],
    ['a negative commission', 'line 5.commission', 'cannot be negative'],
    ['an unknown etat', 'line 6.etat', 'unknown etat "Bizarre"'],
    ['a time that never happened (spring gap)', 'line 7.datetran', 'does not exist in Europe/Paris'],
    ['February 31st', 'line 8.datetran', '"31/02/2025 10:00:00" is not a real date-time'],
    ['a fraction of a cent', 'line 9.commission', 'not an exact EUR amount'],
    ['a huge commission', 'line 10.commission', 'too large'],
    ['a long row', 'line 11', '16 fields where the header has 15'],
    ['an empty id_transaction', 'line 13.id_transaction', 'id is empty'],
  ])('%s', (_label, at, problem) => {
    const found = issues.filter((i) => i.at === at);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });

  it('reports the gap once more for the date column, and nothing else', () => {
    expect(issues.filter((i) => i.at === 'line 7.date')).toHaveLength(1);
    expect(issues.filter((i) => i.at === 'line 8.date')).toHaveLength(1);
    expect(issues).toHaveLength(12);
  });
});

describe('a missing column', () => {
  it('gives an issue for every row, and no event', () => {
    expect(adapter(fixture('transactions-missing-column.csv'), account)).toEqual({
      events: [],
      issues: [
        { at: 'line 2.commission', problem: 'no such column' },
        { at: 'line 3.commission', problem: 'no such column' },
      ],
    });
  });

  it('does not matter when it is optional', () => {
    const header = HEADER.replace('|effi_id2', '').replace('|dateclic', '');
    const row =
      '55501234|1234|5678|x|abc|Vente|84,50|4,23|Attente|14/03/2025 18:22:07|14/03/2025 18:22:05||1';
    const { events, issues } = adapter(`${header}\n${row}`, account);
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({ subIds: { effi_id: 'abc' }, clickedAt: null });
  });

  it('needs one of datetran and date', () => {
    const header = HEADER.replace('|date|', '|').replace('|datetran|', '|');
    const row = '55501234|1234|5678|x|abc||Vente|84,50|4,23|Attente|14/03/2025 18:01:44||1';
    expect(adapter(`${header}\n${row}`, account).issues).toEqual([
      { at: 'line 2.datetran', problem: 'no such column' },
    ]);
  });

  it('finds columns by name in any order and case', () => {
    const header = 'ETAT|Commission|id_transaction|effi_id|datetran';
    const { events, issues } = adapter(`${header}\nValide|4,23|77|abc|14/03/2025 18:22:05`, account);
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({ networkConversionId: '77', status: 'approved', advertiserId: null });
    expect(events[0]!.amounts).toEqual({
      kind: 'totals',
      sale: null,
      commission: { amountMinor: 423, currency: 'EUR' },
    });
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['an empty file', '', 'document', 'no header row'],
    ['blank lines only', '\n\r\n  \n', 'document', 'no header row'],
    ['a header naming a column twice', 'etat|etat\nA|B', 'line 1', 'the header names etat twice'],
  ])('%s', (_label, document, at, problem) => {
    expect(adapter(document, account)).toEqual({ events: [], issues: [{ at, problem }] });
  });

  it('keeps the rows before a quote that is never closed', () => {
    const good =
      '55501234|1234|5678|a|abc||Vente|84,50|4,23|Attente|14/03/2025 18:22:07||14/03/2025 18:22:05||1';
    const { events, issues } = adapter(`${HEADER}\n${good}\n1|"open\n2|x`, account);
    expect(events.map((e) => e.networkConversionId)).toEqual(['55501234']);
    expect(issues).toEqual([{ at: 'document', problem: 'line 3: a quoted field is never closed' }]);
  });

  it('refuses to guess a currency when the account has none', () => {
    expect(adapter(fixture('transactions-fr.csv'), { ...account, defaultCurrency: 'XX' }).issues).toEqual([
      { at: 'account', problem: 'the account\'s currency: unknown currency "XX"' },
    ]);
  });

  it('reads a header alone as nothing to do, and strips a byte-order mark', () => {
    expect(adapter(`\uFEFF${HEADER}\r\n`, account)).toEqual({ events: [], issues: [] });
  });
});

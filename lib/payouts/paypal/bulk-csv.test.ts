import { describe, expect, it } from 'vitest';
import {
  PAYPAL_CSV_MAX_ROWS,
  type PaypalCsvRow,
  paypalBulkCsv,
  paypalCustomerId,
  withdrawalIdFromCustomerId,
} from './bulk-csv';

const row = (overrides: Partial<PaypalCsvRow> = {}): PaypalCsvRow => ({
  receiverEmail: 'jeanne@example.com',
  amountMinor: 1234,
  currency: 'EUR',
  customerId: 'W123',
  note: 'Votre cashback Ristourne',
  ...overrides,
});

describe('paypalBulkCsv', () => {
  it('writes one headerless row a payment, in PayPal’s column order', () => {
    expect(
      paypalBulkCsv([
        row(),
        row({
          receiverEmail: 'marc.dupont+pp@example.fr',
          amountMinor: 1,
          customerId: 'W124',
          note: 'Merci',
        }),
      ]),
    ).toBe(
      'jeanne@example.com,12.34,EUR,W123,Votre cashback Ristourne,PAYPAL\n' +
        'marc.dupont+pp@example.fr,0.01,EUR,W124,Merci,PAYPAL\n',
    );
  });

  it.each([
    ['one cent', 1, '0.01'],
    ['whole euros', 1000, '10.00'],
    ['large', 123_456_789, '1234567.89'],
  ])('amount: %s', (_label, amountMinor, expected) => {
    expect(paypalBulkCsv([row({ amountMinor })]).split(',')[1]).toBe(expected);
  });

  it('quotes a comma decimal, and leaves the wallet column out on request', () => {
    expect(paypalBulkCsv([row()], { decimalMark: ',', includeWallet: false })).toBe(
      'jeanne@example.com,"12,34",EUR,W123,Votre cashback Ristourne\n',
    );
  });

  it('writes a currency without minor unit as a whole number', () => {
    expect(paypalBulkCsv([row({ currency: 'jpy', amountMinor: 500 })])).toContain(',500,JPY,');
  });

  it('quotes notes with commas and quotes, flattens line breaks and defuses formulas', () => {
    const csv = paypalBulkCsv([row({ note: '=HYPERLINK("x")\nMerci, "Jeanne"' })]);
    expect(csv).toBe('jeanne@example.com,12.34,EUR,W123,"HYPERLINK(""x"") Merci, ""Jeanne""",PAYPAL\n');
  });

  it('cuts notes to 1000 characters', () => {
    const csv = paypalBulkCsv([row({ note: 'é'.repeat(1500) })]);
    expect(csv).toContain(`,${'é'.repeat(1000)},PAYPAL`);
  });

  it.each([
    ['no rows', [], /at least one payment/],
    [
      'two currencies',
      [row(), row({ customerId: 'W2', currency: 'USD' })],
      /one currency: withdrawal W2 is in USD/,
    ],
    ['a customer id over 30', [row({ customerId: 'x'.repeat(31) })], /cannot be a PayPal customer id/],
    ['a customer id with a space', [row({ customerId: 'W 1' })], /cannot be a PayPal customer id/],
    ['a customer id twice', [row(), row()], /Withdrawal W123 is twice/],
    ['a zero amount', [row({ amountMinor: 0 })], /positive amount/],
    ['a fractional amount', [row({ amountMinor: 1.5 })], /positive amount/],
    ['a receiver that is not an address', [row({ receiverEmail: 'jeanne' })], /not an e-mail address/],
    [
      'a receiver starting like a formula',
      [row({ receiverEmail: '=1+1@example.com' })],
      /not an e-mail address/,
    ],
    ['a receiver with a comma', [row({ receiverEmail: 'a,b@example.com' })], /not an e-mail address/],
    ['an unknown currency', [row({ currency: 'EURO' })], /Unknown currency/],
  ])('refuses %s', (_label, rows, message) => {
    expect(() => paypalBulkCsv(rows)).toThrow(message);
  });

  it('refuses more rows than PayPal takes in one file', () => {
    const rows = Array.from({ length: PAYPAL_CSV_MAX_ROWS + 1 }, (_, i) => row({ customerId: `W${i}` }));
    expect(() => paypalBulkCsv(rows)).toThrow(/at most 5000 payments/);
    expect(paypalBulkCsv(rows.slice(0, PAYPAL_CSV_MAX_ROWS)).split('\n')).toHaveLength(
      PAYPAL_CSV_MAX_ROWS + 1,
    );
  });
});

describe('paypalCustomerId', () => {
  it.each([
    ['a number', 123456, '123456'],
    ['a short string', 'W42', 'W42'],
    ['a UUID, packed', '9B1DEB4D-3b7d-4bad-9bdd-2b0d7b3dcb6d', expect.stringMatching(/^U[0-9a-v]{26}$/)],
    ['the zero UUID', '00000000-0000-0000-0000-000000000000', `U${'0'.repeat(26)}`],
    ['the largest UUID', 'ffffffff-ffff-ffff-ffff-ffffffffffff', expect.stringMatching(/^U[0-9a-v]{26}$/)],
  ])('%s', (_label, id, expected) => {
    const customerId = paypalCustomerId(id);
    expect(customerId).toEqual(expected);
    expect(customerId.length).toBeLessThanOrEqual(30);
    // Numbers and short ids come back as they were; a UUID comes back in lower case.
    const back = typeof id === 'string' && id.includes('-') ? id.toLowerCase() : String(id);
    expect(withdrawalIdFromCustomerId(customerId)).toBe(back);
  });

  it('refuses an id that cannot fit', () => {
    expect(() => paypalCustomerId('x'.repeat(31))).toThrow(/does not fit/);
    expect(() => paypalCustomerId('a b')).toThrow(/does not fit/);
  });
});

import { AppError } from '@/lib/errors';
import { assertCurrency } from '@/lib/money';
import { paypalAmountValue } from './create-payout-batch';

// The fallback when the Payouts API is unavailable: a file ops upload in
// PayPal's "Payouts Web" page. Format as PayPal documents it
// (developer.paypal.com, Payouts → Send money → Use Web UI, and the older
// "Payouts Web" page): a .csv of at most 5 000 rows, no header, one payment a
// row, columns left to right:
//   1. recipient identifier: the PayPal e-mail address
//   2. amount: "12.34", or "12,34" in double quotes where the sender's
//      account writes decimals with a comma
//   3. currency: ISO 4217, one currency per file
//   4. customer id (optional): unique, at most 30 characters, no spaces;
//      PayPal's report quotes it, so it is our withdrawal reference
//   5. note to the recipient
//   6. recipient wallet: PAYPAL (the current page's column; the older page
//      stops at the note, hence `includeWallet`)
// Rows are quoted as RFC 4180 wants when a field needs it. The file is UTF-8.

export type PaypalCsvRow = {
  receiverEmail: string;
  amountMinor: number;
  currency: string;
  /** Our withdrawal reference: ≤ 30 characters, no spaces. */
  customerId: string;
  note: string;
};

export type PaypalCsvOptions = {
  /** "." (default) or ","; PayPal says which one the account expects when a file is wrong. */
  decimalMark?: '.' | ',';
  /** Default true: the sixth column, PAYPAL. */
  includeWallet?: boolean;
};

export const PAYPAL_CSV_MAX_ROWS = 5000;
const CUSTOMER_ID_MAX = 30;
const NOTE_MAX = 1000;

const invalid = (message: string) => new AppError('unprocessable', message);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PACKED_UUID = /^U[0-9a-v]{26}$/;

/**
 * A withdrawal id as a customer id: as is when it fits (a number), a UUID
 * packed into "U" + 26 base-32 digits (36 characters do not fit in 30), so
 * PayPal's report can be matched back with `withdrawalIdFromCustomerId`.
 */
export function paypalCustomerId(withdrawalId: string | number): string {
  const raw = String(withdrawalId);
  if (UUID.test(raw))
    return `U${BigInt(`0x${raw.replace(/-/g, '')}`)
      .toString(32)
      .padStart(26, '0')}`;
  if (!/^[\x21-\x7e]+$/.test(raw) || raw.length > CUSTOMER_ID_MAX) {
    throw invalid(`Withdrawal id "${raw}" does not fit in a PayPal customer id (30 characters, no spaces)`);
  }
  return raw;
}

/** The withdrawal id behind a customer id made by `paypalCustomerId`. */
export function withdrawalIdFromCustomerId(customerId: string): string {
  if (!PACKED_UUID.test(customerId)) return customerId;
  let value = 0n;
  for (const digit of customerId.slice(1)) value = value * 32n + BigInt(Number.parseInt(digit, 32));
  const hex = value.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function paypalBulkCsv(rows: readonly PaypalCsvRow[], options: PaypalCsvOptions = {}): string {
  const { decimalMark = '.', includeWallet = true } = options;
  if (rows.length === 0) throw invalid('A PayPal payout file needs at least one payment');
  if (rows.length > PAYPAL_CSV_MAX_ROWS) {
    throw invalid(
      `PayPal takes at most ${PAYPAL_CSV_MAX_ROWS} payments a file (got ${rows.length}); split the batch`,
    );
  }
  const currency = assertCurrency(rows[0]!.currency);
  const customerIds = new Set<string>();
  const lines = rows.map((row) => {
    const id = row.customerId;
    if (!/^[\x21-\x7e]+$/.test(id) || id.length > CUSTOMER_ID_MAX) {
      throw invalid(`"${id}" cannot be a PayPal customer id (1 to 30 printable ASCII characters, no spaces)`);
    }
    if (customerIds.has(id)) throw invalid(`Withdrawal ${id} is twice in the PayPal file`);
    customerIds.add(id);
    if (assertCurrency(row.currency) !== currency) {
      throw invalid(
        `A PayPal file holds one currency: withdrawal ${id} is in ${row.currency}, the file in ${currency}`,
      );
    }
    if (!Number.isSafeInteger(row.amountMinor) || row.amountMinor < 1) {
      throw invalid(`Withdrawal ${id}: a PayPal payout must be a positive amount (got ${row.amountMinor})`);
    }
    const receiver = row.receiverEmail.trim();
    // A cell starting with = + - @ is a formula to a spreadsheet, and ops may open the file in one.
    if (!/^[^\s@=+\-"][^\s@",]*@[^\s@",]+\.[^\s@",]+$/.test(receiver)) {
      throw invalid(`Withdrawal ${id}: "${receiver}" is not an e-mail address PayPal can pay`);
    }
    const value = paypalAmountValue(row.amountMinor, currency);
    const cells = [
      receiver,
      decimalMark === ',' ? value.replace('.', ',') : value,
      currency,
      id,
      noteCell(row.note),
    ];
    if (includeWallet) cells.push('PAYPAL');
    return cells.map(csvField).join(',');
  });
  return `${lines.join('\n')}\n`;
}

/** One line, no leading formula character, at most 1000 characters. */
function noteCell(note: string): string {
  const line = note
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .replace(/^[=+\-@]+/, '')
    .trim();
  return Array.from(line).slice(0, NOTE_MAX).join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

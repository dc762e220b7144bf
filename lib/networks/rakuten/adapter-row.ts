import type { Money } from '@/lib/money';
import type { AdapterIssue } from '../conversion-event';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { parseIdentifier, parseOptionalBoolean, parseOptionalText } from '../parse/text';
import { parseRakutenDate } from './adapter-date';

// One row of the Rakuten Events API (networks.md §1.3 pull; fields from
// rakuten-go `events/transaction.go`): amounts are JSON numbers, read through
// their decimal string (networks.md §6.1), in the row's `currency`.

export type RakutenRow = {
  etransactionId: string;
  advertiserId: string;
  orderId: string | null;
  skuNumber: string | null;
  sale: Money;
  commission: Money;
  processDate: string;
  transactionDate: string;
  /** Media-optimisation event: pays no commission (networks.md §1.3, §6.2, F10). */
  isEvent: boolean;
  /** Raw sub-id slot as sent. */
  u1: string | null;
};

export type RakutenRowRead = { row: RakutenRow; issues: [] } | { row: null; issues: AdapterIssue[] };

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

export function readRakutenRow(value: unknown, at: string): RakutenRowRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { row: null, issues: [{ at, problem: 'expected a transaction object' }] };
  }
  const record = value as Record<string, unknown>;
  const issues = new RecordIssues(at);
  const required = <T>(key: string, parse: (raw: unknown) => Parsed<T>): T | null => {
    if (!isBlank(record[key])) return issues.take(key, parse(record[key]), null);
    issues.add(key, typeof record[key] === 'string' ? 'empty' : 'missing');
    return null;
  };
  const optional = <T>(key: string, parse: (raw: unknown) => Parsed<T>): T | null =>
    isBlank(record[key]) ? null : issues.take(key, parse(record[key]), null);

  const etransactionId = required('etransaction_id', parseIdentifier);
  const advertiserId = required('advertiser_id', parseIdentifier);
  const orderId = optional('order_id', parseOptionalText);
  const skuNumber = optional('sku_number', parseOptionalText);
  const currency = required('currency', parseCurrencyCode);
  // Returns and cancellations are negative rows [G], so both signs are read here.
  const amount = (raw: unknown) =>
    parseMoneyAmount(raw, currency!, { decimalMark: '.', allowNegative: true });
  const sale = currency === null ? null : required('sale_amount', amount);
  const commission = currency === null ? null : required('commissions', amount);
  const processDate = required('process_date', parseRakutenDate);
  const transactionDate = required('transaction_date', parseRakutenDate);
  // Whether a row pays is the whole point of is_event: a row without it is refused, not guessed.
  const isEvent = required('is_event', parseIsEvent);
  const u1 =
    record.u1 === undefined || record.u1 === null ? null : issues.take('u1', parseSlot(record.u1), null);

  if (sale !== null && commission !== null) {
    const saleSign = Math.sign(sale.amountMinor);
    const commissionSign = Math.sign(commission.amountMinor);
    if (saleSign * commissionSign < 0) issues.add('commissions', 'has the opposite sign of sale_amount');
  }

  if (
    issues.failed ||
    etransactionId === null ||
    advertiserId === null ||
    sale === null ||
    commission === null ||
    processDate === null ||
    transactionDate === null ||
    isEvent === null
  ) {
    return { row: null, issues: issues.failed ? issues.issues : [{ at, problem: 'unreadable row' }] };
  }
  return {
    row: {
      etransactionId,
      advertiserId,
      orderId,
      skuNumber,
      sale,
      commission,
      processDate,
      transactionDate,
      isEvent,
      u1,
    },
    issues: [],
  };
}

function parseIsEvent(raw: unknown): Parsed<boolean> {
  const parsed = parseOptionalBoolean(raw);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? fail('missing') : ok(parsed.value);
}

/** u1 is a string; an id-like number is taken as its digits. */
function parseSlot(raw: unknown): Parsed<string> {
  if (typeof raw === 'string') return ok(raw);
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return ok(String(raw));
  return fail(`sub-id must be a string, got ${shown(raw)}`);
}

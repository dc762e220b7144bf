import type { AdapterAccount, ConversionEvent, ConversionType, Money } from '../conversion-event';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, type Parsed, type RecordIssues, shown } from '../parse/parsed';
import { normaliseSubId } from '../parse/sub-id';
import { parseIdentifier, parseOptionalIdentifier } from '../parse/text';
import { effiliationStatus } from './parse-etat';
import { parseOptionalParisDate } from './parse-paris-date';

// One Effiliation transaction (networks.md §1.7), whether it came as a JSON
// object or a CSV row: `get` returns a field by its documented name.
//
// - `etat` (localised) → pending / approved / declined (§6.2, parse-etat.ts).
// - `commission` is the publisher's commission, `montant` the sale, both
//   current totals, written "84,50" or "84.50" ("1 234,56" too). Effiliation
//   sends no currency: amounts are in the account's currency (EUR in practice).
// - `effi_id` carries our click id; `effi_id2` is kept as a sub-id.
// - Dates are Paris time (parse-paris-date.ts): the sale is `datetran` (else
//   `date`), the click `dateclic`, the validation `datevalidation`; a
//   validated or refused record takes effect at its validation date.
// - `id_affilieur` is the merchant (advertiserId).
//
// sourceRecordKey = `${id_transaction}#${status}#${commission}#${montant}` with
// the CANONICAL status, since the word depends on the export's language: the
// same state exported in French and in English gives the same key. Amounts in
// minor units with their currency, "-" for no montant:
// "55501234#pending#423EUR#8450EUR".

export const EFFILIATION = 'effiliation';
const SUB_ID_FIELDS = ['effi_id', 'effi_id2'] as const;

export type FieldGetter = (name: string) => unknown;

export function readEffiliationRecord(
  get: FieldGetter,
  r: RecordIssues,
  currency: string,
): ConversionEvent | null {
  const id = r.take('id_transaction', parseIdentifier(get('id_transaction')), '');
  const merchantId = r.take('id_affilieur', parseOptionalIdentifier(get('id_affilieur')), null);

  const etat = get('etat');
  const networkStatus = typeof etat === 'string' ? etat.trim() : '';
  const status = effiliationStatus(networkStatus);
  if (!status) r.add('etat', `unknown etat ${shown(etat)}`);

  const commission = r.take('commission', readAmount(get('commission'), currency), null);
  const montant = get('montant');
  const sale = isBlank(montant) ? null : r.take('montant', readAmount(montant, currency), null);

  const datetran = parseOptionalParisDate(get('datetran'));
  const date = parseOptionalParisDate(get('date'));
  const transactedAt = r.take('datetran', datetran, null);
  const recordedAt = r.take('date', date, null);
  const convertedAt = transactedAt ?? recordedAt;
  if (datetran.ok && date.ok && !convertedAt) r.add('datetran', 'missing, and so is date');
  const clickedAt = r.take('dateclic', parseOptionalParisDate(get('dateclic')), null);
  const validatedAt = r.take('datevalidation', parseOptionalParisDate(get('datevalidation')), null);

  const subIds: Record<string, string> = {};
  for (const name of SUB_ID_FIELDS) {
    const value = get(name);
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') subIds[name] = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) subIds[name] = String(value);
    else r.add(name, `expected a string, got ${shown(value)}`);
  }

  if (r.failed || !status || !commission || !convertedAt) return null;
  return {
    network: EFFILIATION,
    sourceRecordKey: `${id}#${status}#${moneyKey(commission)}#${sale ? moneyKey(sale) : '-'}`,
    networkConversionId: id,
    advertiserId: merchantId,
    orderRef: null,
    type: conversionType(get('type')),
    clickRef: normaliseSubId(subIds.effi_id),
    subIds,
    networkStatus,
    status,
    amounts: { kind: 'totals', sale, commission },
    originalSale: null,
    convertedAt,
    clickedAt,
    effectiveAt: status === 'pending' ? convertedAt : (validatedAt ?? convertedAt),
    validatedAt,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
  };
}

/** "84,50", "84.50", "1 234,56" or a JSON number; never negative in a total. */
function readAmount(raw: unknown, currency: string): Parsed<Money> {
  const either = parseMoneyAmount(raw, currency, { decimalMark: 'either' });
  if (either.ok || typeof raw !== 'string') return either;
  const grouped = parseMoneyAmount(raw, currency, { decimalMark: ',' });
  return grouped.ok ? grouped : either;
}

/** `type` is Sale, Lead… (§1.7), possibly localised like `etat`. */
function conversionType(raw: unknown): ConversionType {
  const word = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (['sale', 'vente', 'venta', 'verkauf', 'vendita', 'venda'].includes(word)) return 'sale';
  if (word === 'lead') return 'lead';
  return 'other';
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function moneyKey(money: Money): string {
  return `${money.amountMinor}${money.currency}`;
}

/** Effiliation sends no currency code: the account's currency, checked once per document. */
export function effiliationCurrency(account: AdapterAccount): Parsed<string> {
  const code = parseCurrencyCode(account.defaultCurrency);
  return code.ok ? code : fail(`the account's currency: ${code.problem}`);
}

import type {
  AdapterAccount,
  AdapterIssue,
  AdapterResult,
  ConversionEvent,
  ConversionStatus,
  DocumentAdapter,
  Money,
} from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { normaliseSubId } from '../parse/sub-id';
import { parseIdentifier, parseOptionalIdentifier } from '../parse/text';

// Tradedoubler's publisher transactions report (networks.md §1.5):
// GET connect.tradedoubler.com/publisher/report/transactions?fromDate=…&limit=100&offset=…
// answers `{ items: [{ transactionId, programId, timeOfTransaction, epi,
// orderValue, commission, status }] }`. Tradedoubler has no publisher push
// (§1.5 "Publisher push: not found"), so this pull is its only channel.
//
// - Amounts are the transaction's current totals (conversion-event.ts), in
//   the account's report currency (`reportCurrencyCode`, §1.5): read from the
//   item or the page when sent, else the account's currency.
// - `status` A / P / D → approved / pending / declined (§6.2).
// - `epi` carries our click id (§2).
// - No approval or payment date is documented, so a status change takes
//   effect at `timeOfTransaction` (effectiveAt), like the sale itself.
// - `timeOfTransaction` must carry its UTC offset: the report's zone is an
//   account setting nobody documents, so a time without one is an issue, not a
//   guess (§3 "Timezones" has no Tradedoubler row).
//
// sourceRecordKey = `${transactionId}#${status}#${commission}#${orderValue}`
// with amounts in minor units and currency ("701234567#P#423EUR#8450EUR"): a
// re-poll of the same state gives the same key, a new status or amount a new
// one (networks.md §4 keys on transactionId; the state makes it per record).

const NETWORK = 'tradedoubler';

const STATUSES: Readonly<Record<string, ConversionStatus>> = {
  A: 'approved',
  P: 'pending',
  D: 'declined',
};

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export const tradedoublerTransactionsApiAdapter: DocumentAdapter = (document, account) => {
  const page = readPage(document);
  if (!page.ok) return { events: [], issues: [{ at: 'document', problem: page.problem }] };

  const pageCurrency = readPageCurrency(page.value.reportCurrencyCode, account);
  if (!pageCurrency.ok) {
    return { events: [], issues: [{ at: 'reportCurrencyCode', problem: pageCurrency.problem }] };
  }

  const result: AdapterResult = { events: [], issues: [] };
  page.value.items.forEach((item, index) => {
    const read = readItem(item, `items[${index}]`, pageCurrency.value);
    if (read.event) result.events.push(read.event);
    result.issues.push(...read.issues);
  });
  return result;
};

type Page = { items: unknown[]; reportCurrencyCode: unknown };

function readPage(document: string): Parsed<Page> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return fail('not valid JSON');
  }
  if (!isObject(parsed)) return fail('expected an object with an items array');
  if (!Array.isArray(parsed.items)) return fail(`items must be an array, got ${shown(parsed.items)}`);
  return ok({ items: parsed.items, reportCurrencyCode: parsed.reportCurrencyCode });
}

function readPageCurrency(pageCode: unknown, account: AdapterAccount): Parsed<string> {
  if (pageCode !== undefined && pageCode !== null) return parseCurrencyCode(pageCode);
  const code = parseCurrencyCode(account.defaultCurrency);
  return code.ok ? code : fail(`the account's currency: ${code.problem}`);
}

function readItem(
  item: unknown,
  at: string,
  pageCurrency: string,
): { event: ConversionEvent | null; issues: AdapterIssue[] } {
  if (!isObject(item)) return { event: null, issues: [{ at, problem: 'expected a transaction object' }] };
  const r = new RecordIssues(at);

  const transactionId = r.take('transactionId', parseIdentifier(item.transactionId), '');
  const programId = r.take('programId', parseOptionalIdentifier(item.programId), null);
  const networkStatus = r.take('status', readStatusLetter(item.status), '');
  const status = STATUSES[networkStatus.toUpperCase()];
  if (networkStatus && !status) {
    r.add('status', `unknown status ${shown(networkStatus)} (expected A, P or D)`);
  }

  const currency =
    item.reportCurrencyCode === undefined || item.reportCurrencyCode === null
      ? pageCurrency
      : r.take('reportCurrencyCode', parseCurrencyCode(item.reportCurrencyCode), pageCurrency);
  const commission = r.take(
    'commission',
    parseMoneyAmount(item.commission, currency, { decimalMark: '.' }),
    null,
  );
  const sale =
    item.orderValue === undefined || item.orderValue === null
      ? null
      : r.take('orderValue', parseMoneyAmount(item.orderValue, currency, { decimalMark: '.' }), null);

  const convertedAt = r.take('timeOfTransaction', readInstant(item.timeOfTransaction), '');
  const subIds = r.take('epi', readSlots(item, ['epi', 'epi2']), {});

  if (r.failed || !status || !commission) return { event: null, issues: r.issues };
  return {
    event: {
      network: NETWORK,
      sourceRecordKey: `${transactionId}#${networkStatus.toUpperCase()}#${moneyKey(commission)}#${sale ? moneyKey(sale) : '-'}`,
      networkConversionId: transactionId,
      advertiserId: programId,
      orderRef: null,
      type: 'sale',
      clickRef: normaliseSubId(subIds.epi),
      subIds,
      networkStatus,
      status,
      amounts: { kind: 'totals', sale, commission },
      originalSale: null,
      convertedAt,
      clickedAt: null,
      effectiveAt: convertedAt,
      validatedAt: null,
      lockAt: null,
      paidAt: null,
      reason: null,
      commissionable: true,
    },
    issues: [],
  };
}

function readInstant(raw: unknown): Parsed<string> {
  if (typeof raw === 'string' && !WITH_OFFSET.test(raw.trim())) {
    return fail(`${shown(raw)} has no UTC offset (Tradedoubler's report zone is undocumented)`);
  }
  return parseDateTime(raw);
}

/** The sub-id slots as received; a slot that is not a string is a problem. */
function readSlots(item: Record<string, unknown>, names: readonly string[]): Parsed<Record<string, string>> {
  const slots: Record<string, string> = {};
  for (const name of names) {
    const value = item[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fail(`${name} must be a string, got ${shown(value)}`);
    slots[name] = value;
  }
  return ok(slots);
}

function readStatusLetter(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail(`expected a status letter, got ${shown(raw)}`);
  }
  return ok(raw.trim());
}

function moneyKey(money: Money): string {
  return `${money.amountMinor}${money.currency}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

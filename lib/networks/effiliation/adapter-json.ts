import type { AdapterResult, DocumentAdapter } from '../conversion-event';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { effiliationCurrency, readEffiliationRecord } from './adapter-record';

// Effiliation's transactions API in JSON (networks.md §1.7):
// GET apiv2.effiliation.com/apiv2/transaction.json?key=…&start=dd/MM/yyyy&end=…&type=date.
// The fields are documented, the envelope is not: a `transactions` array, or
// the array itself, is read [G]. Each object is one transaction
// (adapter-record.ts); values may be strings ("84,50") or JSON numbers.

export const effiliationJsonAdapter: DocumentAdapter = (document, account) => {
  const list = readList(document);
  if (!list.ok) return { events: [], issues: [{ at: 'document', problem: list.problem }] };
  const currency = effiliationCurrency(account);
  if (!currency.ok) return { events: [], issues: [{ at: 'account', problem: currency.problem }] };

  const result: AdapterResult = { events: [], issues: [] };
  list.value.items.forEach((item, index) => {
    const at = `${list.value.path}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.issues.push({ at, problem: 'expected a transaction object' });
      return;
    }
    const fields = item as Record<string, unknown>;
    const r = new RecordIssues(at);
    const event = readEffiliationRecord((name) => fields[name], r, currency.value);
    if (event) result.events.push(event);
    result.issues.push(...r.issues);
  });
  return result;
};

function readList(document: string): Parsed<{ items: unknown[]; path: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return fail('not valid JSON');
  }
  if (Array.isArray(parsed)) return ok({ items: parsed, path: '' });
  if (typeof parsed !== 'object' || parsed === null) return fail('expected a transactions array');
  const { transactions } = parsed as { transactions?: unknown };
  if (!Array.isArray(transactions)) return fail(`transactions must be an array, got ${shown(transactions)}`);
  return ok({ items: transactions, path: 'transactions' });
}

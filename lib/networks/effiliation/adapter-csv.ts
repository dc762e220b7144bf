import type { AdapterIssue, AdapterResult, DocumentAdapter } from '../conversion-event';
import { RecordIssues } from '../parse/parsed';
import { effiliationCurrency, readEffiliationRecord } from './adapter-record';
import { type CsvRow, parsePipeCsv } from './parse-pipe-csv';

// Effiliation's transactions export as CSV (networks.md §1.7): pipe-delimited,
// a header row naming the documented fields (id_transaction|id_affilieur|…),
// then one transaction per row (adapter-record.ts), with French decimal
// commas. Columns are found by name, in any order. A row that cannot be read
// (short or long, a bad number or date, an unknown etat) is an issue at its
// line and yields no event; the other rows still do. A required column missing
// from the header makes every row an issue, one per row, so an import preview
// shows each transaction that was not read.

const REQUIRED_COLUMNS = ['id_transaction', 'etat', 'commission', 'effi_id'] as const;
const DATE_COLUMNS = ['datetran', 'date'] as const;

export const effiliationCsvAdapter: DocumentAdapter = (document, account) => {
  const csv = parsePipeCsv(document);
  const result: AdapterResult = { events: [], issues: [] };
  if (csv.problem) result.issues.push({ at: 'document', problem: csv.problem });
  if (!csv.header) {
    if (!csv.problem) result.issues.push({ at: 'document', problem: 'no header row' });
    return result;
  }
  const columns = readHeader(csv.header);
  if (!columns.ok) {
    result.issues.push({ at: `line ${csv.header.line}`, problem: columns.problem });
    return result;
  }
  const currency = effiliationCurrency(account);
  if (!currency.ok) {
    result.issues.push({ at: 'account', problem: currency.problem });
    return result;
  }

  const missing: string[] = REQUIRED_COLUMNS.filter((name) => !columns.index.has(name));
  if (!DATE_COLUMNS.some((name) => columns.index.has(name))) missing.push('datetran');

  for (const row of csv.rows) {
    const at = `line ${row.line}`;
    if (row.cells.length !== columns.count) {
      result.issues.push({ at, problem: `${row.cells.length} fields where the header has ${columns.count}` });
      continue;
    }
    if (missing.length > 0) {
      result.issues.push(
        ...missing.map((name): AdapterIssue => ({ at: `${at}.${name}`, problem: 'no such column' })),
      );
      continue;
    }
    const r = new RecordIssues(at);
    const get = (name: string) => {
      const i = columns.index.get(name);
      return i === undefined ? undefined : row.cells[i];
    };
    const event = readEffiliationRecord(get, r, currency.value);
    if (event) result.events.push(event);
    result.issues.push(...r.issues);
  }
  return result;
};

type Columns = { ok: true; index: Map<string, number>; count: number } | { ok: false; problem: string };

/** Column name → position; names are matched without case or surrounding spaces. */
function readHeader(header: CsvRow): Columns {
  const index = new Map<string, number>();
  for (const [i, cell] of header.cells.entries()) {
    const name = cell.trim().toLowerCase();
    if (name === '') continue;
    if (index.has(name)) return { ok: false, problem: `the header names ${name} twice` };
    index.set(name, i);
  }
  return { ok: true, index, count: header.cells.length };
}

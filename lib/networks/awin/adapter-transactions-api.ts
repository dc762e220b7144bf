import type { AdapterIssue, ConversionEvent, DocumentAdapter } from '../conversion-event';
import { shown } from '../parse/parsed';
import { readAwinApiRecord } from './adapter-api-record';

// Awin Transactions API page (networks.md §1.1 "Pull": GET
// /publishers/{publisherId}/transactions/, a JSON array; fixtures F3, F4) →
// one event per transaction. A bad record yields its issues and no event; the
// others still go through. Request with `timezone=AWIN_API_TIMEZONE`
// (adapter-api-record.ts) and windows from transaction-windows.ts.

/** Awin's advertiser batch caps at 40k objects (§1.1); a page far past that is not a page. */
const RECORDS_MAX = 100_000;

export const awinTransactionsApiAdapter: DocumentAdapter = (document, account) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return { events: [], issues: [{ at: '$', problem: 'the response is not valid JSON' }] };
  }
  if (!Array.isArray(parsed)) {
    const what =
      parsed !== null && typeof parsed === 'object'
        ? `an object with keys ${Object.keys(parsed).slice(0, 5).join(', ')}`
        : shown(parsed);
    return { events: [], issues: [{ at: '$', problem: `expected an array of transactions, got ${what}` }] };
  }
  if (parsed.length > RECORDS_MAX) {
    return {
      events: [],
      issues: [{ at: '$', problem: `${parsed.length} transactions in one page (at most ${RECORDS_MAX})` }],
    };
  }
  const events: ConversionEvent[] = [];
  const issues: AdapterIssue[] = [];
  parsed.forEach((record, index) => {
    const read = readAwinApiRecord(record, index, account);
    if ('event' in read) events.push(read.event);
    else issues.push(...read.issues.issues);
  });
  return { events, issues };
};

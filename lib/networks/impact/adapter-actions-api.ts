import type { AdapterIssue, ConversionEvent, DocumentAdapter } from '../conversion-event';
import { impactEvent, readImpactAction } from './adapter-action';
import type { ActionSource } from './adapter-fields';

// Impact Partner API v16 `GET /Mediapartners/{AccountSID}/Actions` (networks.md
// §1.4 pull): one page `{ "@page", "@numpages", "@nextpageuri", …, "Actions": [ … ] }`
// → one totals event per action (see adapter-action.ts for the status,
// sourceRecordKey and effectiveAt rules). Paging: next-page.ts.

export const impactActionsApiAdapter: DocumentAdapter = (document) => {
  const issues: AdapterIssue[] = [];
  const actions = readActions(document, issues);
  const events: ConversionEvent[] = [];
  actions.forEach((value, index) => {
    const at = `Actions[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ at, problem: 'expected an action object' });
      return;
    }
    const record = value as Record<string, unknown>;
    const source: ActionSource = { value: (field) => record[field], at: (field) => `${at}.${field}` };
    const read = readImpactAction(source);
    if (read.action) events.push(impactEvent(read.action));
    else issues.push(...read.issues);
  });
  events.sort((a, b) =>
    a.effectiveAt !== b.effectiveAt
      ? a.effectiveAt < b.effectiveAt
        ? -1
        : 1
      : a.sourceRecordKey < b.sourceRecordKey
        ? -1
        : 1,
  );
  return { events, issues };
};

function readActions(document: string, issues: AdapterIssue[]): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(document);
  } catch {
    issues.push({ at: 'document', problem: 'not JSON' });
    return [];
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    issues.push({ at: 'document', problem: 'expected an object with an Actions array' });
    return [];
  }
  const actions = (body as Record<string, unknown>).Actions;
  if (!Array.isArray(actions)) {
    issues.push({ at: 'Actions', problem: actions === undefined ? 'missing' : 'expected an array' });
    return [];
  }
  return actions;
}

import type { SyncRunSummary } from './run-sync';

// A run in a few lines for a person (the CLI, the worker's log): what was
// fetched, what it changed, and the error when there was one.

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function syncSummaryLines(summary: SyncRunSummary): string[] {
  const resumed = summary.resumed ? ' (resumed)' : '';
  const lines = [
    `account ${summary.networkAccountId} (${summary.network}): ${summary.status}${resumed}, ${summary.range.from} → ${summary.range.to}`,
    `  ${count(summary.pages, 'page')}, ${count(summary.events, 'event')}: ${summary.applied} applied, ${count(summary.duplicates, 'duplicate')}, ${summary.otherOutcomes} other; ${count(summary.issues, 'unreadable record')}; ${count(summary.rateLimited, 'rate-limit wait')}`,
  ];
  if (summary.status === 'partial') lines.push('  page limit reached: the rest follows in the next run');
  if (summary.error) lines.push(`  error: ${summary.error}`);
  return lines;
}

import type { SyncRange, SyncWindow } from './api-client';

// Cutting a sync range into the windows an API accepts, and the date formats
// the APIs want. As for Awin (awin/transaction-windows.ts), each window starts
// where the previous one ended: a record on the boundary is fetched twice,
// which intake counts as a duplicate, where a gap would lose it. APIs that
// take whole days get inclusive day ranges, which overlap by a day the same way.

const DAY_MS = 24 * 60 * 60 * 1000;
/** A range past this is a caller's bug, not a sync (3 years of Impact's history, §1.4). */
const WINDOWS_MAX = 1_200;

/** [from, to] in consecutive spans of at most `maxDays`; from = to gives none. */
export function splitRange(range: SyncRange, maxDays: number): SyncRange[] {
  const start = range.from.getTime();
  const end = range.to.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new RangeError('not a valid date range');
  if (start > end)
    throw new RangeError(`from ${range.from.toISOString()} is after to ${range.to.toISOString()}`);
  const spanMs = maxDays * DAY_MS;
  if (Math.ceil((end - start) / spanMs) > WINDOWS_MAX) throw new RangeError('too many windows');
  const spans: SyncRange[] = [];
  for (let at = start; at < end; at += spanMs) {
    spans.push({ from: new Date(at), to: new Date(Math.min(at + spanMs, end)) });
  }
  return spans;
}

/** Each window once per kind, kinds inner: a window is finished before the next starts. */
export function windowsWithKinds(
  spans: readonly SyncRange[],
  format: (date: Date) => string,
  kinds: readonly (string | undefined)[] = [undefined],
): SyncWindow[] {
  return spans.flatMap((span) =>
    kinds.map((kind) => ({
      from: format(span.from),
      to: format(span.to),
      ...(kind === undefined ? {} : { kind }),
    })),
  );
}

/** `2025-03-14T18:22:05Z`: ISO-8601 UTC to the second. */
export function isoSecond(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** `2025-03-14` (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UTC day in another order and separator: `14.03.2025`, `14/03/2025`, `20250314`. */
export function dayAs(date: Date, order: 'dmy' | 'ymd', separator: string): string {
  const [y, m, d] = isoDay(date).split('-') as [string, string, string];
  return order === 'dmy' ? [d, m, y].join(separator) : [y, m, d].join(separator);
}

/** `2025-03-14 18:22:05` (UTC). */
export function spacedSecond(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

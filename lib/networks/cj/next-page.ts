import { AppError } from '@/lib/errors';
import { isRecord } from './adapter-fields';

// CJ Commission Detail paging (networks.md §1.2): "When payloadComplete=false,
// pass maxCommissionId back as sinceCommissionId and query again."
//
// Unlike the adapters this throws (AppError 'unprocessable') on a response it
// cannot read: a sync job told `done` would silently stop short, and one told
// "go on" without a cursor would loop, so it must fail and resume later.
// Passing the cursor the page was fetched with also guards against a cursor
// that does not move (the same page forever).

export type CjNextPage = { done: boolean; sinceCommissionId?: string };

export function cjNextPage(response: unknown, fetchedWith: { sinceCommissionId?: string } = {}): CjNextPage {
  let body = response;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      throw unreadable('not JSON');
    }
  }
  const page = isRecord(body) && isRecord(body.data) ? body.data.publisherCommissions : undefined;
  if (!isRecord(page)) throw unreadable('no data.publisherCommissions');
  if (page.payloadComplete === true) return { done: true };
  if (page.payloadComplete !== false) throw unreadable('payloadComplete is not a boolean');

  const cursor = page.maxCommissionId;
  const next = typeof cursor === 'number' && Number.isSafeInteger(cursor) ? String(cursor) : cursor;
  if (typeof next !== 'string' || next.trim() === '') {
    throw unreadable('payloadComplete is false but maxCommissionId is missing');
  }
  const previous = fetchedWith.sinceCommissionId;
  if (previous !== undefined && !isAfter(next, previous)) {
    throw unreadable(`maxCommissionId ${next} does not move past ${previous}`);
  }
  return { done: false, sinceCommissionId: next };
}

/** Commission ids are numeric strings: compare them as integers, whatever their length. */
function isAfter(next: string, previous: string): boolean {
  if (/^\d+$/.test(next) && /^\d+$/.test(previous)) return BigInt(next) > BigInt(previous);
  return next !== previous;
}

function unreadable(why: string): AppError {
  return new AppError('unprocessable', `CJ commission page: ${why}`);
}

import { fail, ok, type Parsed, shown } from '../parse/parsed';

// Paging of Admitad's statistics API (networks.md §1.8: `limit=100&offset=…`).
// Each answer carries `_meta: { count, limit, offset }` [C: php-oara]. The
// next page starts after the rows this one actually held, so a short page
// never makes the sync skip rows; an empty page ends it, so a count that
// shrinks between pages cannot loop. A `_meta` that does not add up is a
// problem for the sync to report, not a reason to stop quietly.

export type AdmitadPageRequest = { offset: number; limit: number };

export const ADMITAD_FIRST_PAGE: AdmitadPageRequest = { offset: 0, limit: 100 };

/** The request for the page after `document`, or null when it was the last. */
export function admitadNextPage(document: string): Parsed<AdmitadPageRequest | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('expected an object with results and _meta');
  }
  const { results, _meta: meta } = parsed as { results?: unknown; _meta?: unknown };
  if (!Array.isArray(results)) return fail(`results must be an array, got ${shown(results)}`);
  if (typeof meta !== 'object' || meta === null) return fail(`_meta must be an object, got ${shown(meta)}`);
  const { count, limit, offset } = meta as Record<string, unknown>;
  if (!isCount(count)) return fail(`_meta.count must be a whole number ≥ 0, got ${shown(count)}`);
  if (!isCount(offset)) return fail(`_meta.offset must be a whole number ≥ 0, got ${shown(offset)}`);
  if (!isCount(limit) || limit === 0) {
    return fail(`_meta.limit must be a whole number ≥ 1, got ${shown(limit)}`);
  }
  if (results.length > limit) return fail(`${results.length} results on a page of ${limit}`);

  const end = offset + results.length;
  if (results.length === 0 || end >= count) return ok(null);
  return ok({ offset: end, limit });
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

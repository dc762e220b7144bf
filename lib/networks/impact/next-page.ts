import { AppError } from '@/lib/errors';

// Impact list paging (networks.md §1.4 pull): every list page carries
// "@page", "@numpages" and "@nextpageuri" (a path with its query, such as
// "/Mediapartners/IRxxx/Actions?…&Page=2", to resolve against the configured
// base URL). The next URI is opaque: we follow it as given.
//
// Like cjNextPage this throws AppError 'unprocessable' rather than guess: a
// page that says there are more pages but gives no next URI, or a next URI
// that is the page itself, would otherwise end a sync early or loop.

export type ImpactNextPage = { done: boolean; nextPageUri?: string; page?: number; numPages?: number };

export function impactNextPage(response: unknown): ImpactNextPage {
  let body = response;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      throw unreadable('not JSON');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw unreadable('not an object');
  const envelope = body as Record<string, unknown>;

  const page = pageNumber(envelope['@page'], '@page');
  const numPages = pageNumber(envelope['@numpages'], '@numpages');
  const counts = { ...(page !== null && { page }), ...(numPages !== null && { numPages }) };
  const rawNext = envelope['@nextpageuri'];
  if (rawNext !== undefined && rawNext !== null && typeof rawNext !== 'string') {
    throw unreadable('@nextpageuri is not a string');
  }
  const next = (rawNext ?? '').trim();
  const morePages = page !== null && numPages !== null ? page < numPages : null;

  if (next === '') {
    if (morePages === true) throw unreadable(`page ${page} of ${numPages} has no @nextpageuri`);
    return { done: true, ...counts };
  }
  if (morePages === false) throw unreadable(`page ${page} of ${numPages} still has a @nextpageuri`);
  if (typeof envelope['@uri'] === 'string' && envelope['@uri'].trim() === next) {
    throw unreadable('@nextpageuri is this page again');
  }
  return { done: false, nextPageUri: next, ...counts };
}

/** Impact sends page numbers as strings ("1"); absent or blank is unknown. */
function pageNumber(raw: unknown, name: string): number | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !/^\d{1,9}$/.test(text.trim()))
    throw unreadable(`${name} is not a page number`);
  return Number(text.trim());
}

function unreadable(why: string): AppError {
  return new AppError('unprocessable', `Impact page: ${why}`);
}

// The /stores URL state: search text, category, sort and page. Whatever a
// visitor (or a crawler) puts in the query string becomes a valid query:
// unknown values fall back to defaults, absurd ones are clamped, so a shared
// link always renders and never errors.

export const STORE_SORTS = ['popular', 'rate', 'newest', 'az', 'relevance'] as const;
export type StoreSort = (typeof STORE_SORTS)[number];

export const STORE_PAGE_SIZE = 24;
export const MAX_PAGE = 1000;
export const MAX_QUERY_LENGTH = 80;

export type StoreQuery = { q: string | null; category: string | null; sort: StoreSort; page: number };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function normaliseSearchText(raw: string | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ') // control and invisible format characters
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

export function parseStoreQuery(params: RawParams): StoreQuery {
  const q = normaliseSearchText(first(params, 'q'));
  const categoryRaw = first(params, 'category')?.trim().toLowerCase() ?? '';
  const category = categoryRaw.length <= 64 && SLUG_RE.test(categoryRaw) ? categoryRaw : null;
  const sortRaw = first(params, 'sort');
  const defaultSort: StoreSort = q ? 'relevance' : 'popular';
  let sort: StoreSort = STORE_SORTS.includes(sortRaw as StoreSort) ? (sortRaw as StoreSort) : defaultSort;
  if (sort === 'relevance' && !q) sort = 'popular';
  const pageRaw = first(params, 'page')?.trim() ?? '';
  const pageNumber = /^\d{1,7}$/.test(pageRaw) ? Number(pageRaw) : 1;
  const page = Math.min(Math.max(pageNumber, 1), MAX_PAGE);
  return { q, category, sort, page };
}

/** The canonical query string for a state (defaults omitted), for links and redirects. */
export function storeQueryString(query: Partial<StoreQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.category) params.set('category', query.category);
  const defaultSort: StoreSort = query.q ? 'relevance' : 'popular';
  if (query.sort && query.sort !== defaultSort) params.set('sort', query.sort);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

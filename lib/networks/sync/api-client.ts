import type { DocumentAdapter } from '../conversion-event';

// The contract between the sync runner (run-sync.ts) and each network's HTTP
// client (lib/networks/<network>/api-client.ts). A client knows its API: how
// a range is cut into the windows the API accepts, how one page is requested
// and how the next one is found. The runner knows the rest: pacing, retries,
// the inbox, applying, the cursor. Pages are read by the same document
// adapters as report import, so a pulled page and an uploaded one agree.

export type SyncRange = { from: Date; to: Date };

/**
 * One request range as the API takes it (its own date format); `kind` is a
 * second axis some APIs need (Awin `dateType`, CJ posting or locking date).
 * Windows are a pure function of the range, so a cursor's index survives a restart.
 */
export type SyncWindow = { from: string; to: string; kind?: string };

/** A network's paging state for the next page (CJ sinceCommissionId, Impact next URI…); JSON. */
export type PageRequest = Record<string, string | number>;

export type ApiRequest = {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
};

export type ApiResponse = { status: number; body: string; contentType: string | null };

/** What the inbox keeps of a page's request: never a credential. */
export type RecordedRequest = { method: 'GET' | 'POST'; path: string; query: Record<string, string> };

export type FetchedPage = { request: RecordedRequest; response: ApiResponse };

/** What a client is handed for one run. */
export type ApiSession = {
  account: { id: number; publisherId: string; defaultCurrency: string };
  credentials: Readonly<Record<string, string>>;
  baseUrl: URL;
  /** Paced, retried; resolves with a 2xx answer only (sync-http.ts). */
  call: (request: ApiRequest) => Promise<ApiResponse>;
  /** Per-run memory, e.g. an OAuth access token fetched once. */
  memo: Map<string, string>;
};

export type NetworkApiClient = {
  network: string;
  /** The network's real API; overridden per account or by `<NETWORK>_API_BASE_URL`. */
  defaultBaseUrl: string;
  /** The most calls a minute the network allows (networks.md; [G] where it says nothing). */
  callsPerMinute: number;
  /** Days re-polled before the last synced instant: networks amend and approve after the fact. */
  lookbackDays: number;
  /** Keys the account's decrypted credentials must hold. */
  credentialFields: readonly string[];
  adapter: DocumentAdapter;
  windows: (range: SyncRange) => SyncWindow[];
  fetchPage: (session: ApiSession, window: SyncWindow, page: PageRequest | null) => Promise<FetchedPage>;
  /**
   * The page after this one in the window, or null when it was the last.
   * Throws (AppError 'unprocessable') when the answer does not say: a sync
   * must fail and resume rather than stop short or loop.
   */
  nextPage: (window: SyncWindow, page: PageRequest | null, body: string) => PageRequest | null;
};

/** `base` joined with an API path; a base with a path prefix (a proxy) keeps it. */
export function apiUrl(base: URL, path: string, query: Record<string, string> = {}): URL {
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const url = new URL(path.replace(/^\/+/, ''), root);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

/** The request as the inbox keeps it, minus the named secret query parameters. */
export function recordedRequest(
  method: 'GET' | 'POST',
  url: URL,
  options: { omit?: readonly string[]; extra?: Record<string, string> } = {},
): RecordedRequest {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!options.omit?.includes(name)) query[name] = value;
  }
  return { method, path: url.pathname, query: { ...query, ...options.extra } };
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

import { matchBotUserAgent } from './bot-user-agents';

// Whether a request to /out/<merchant> is a member's click worth a click row,
// or something to answer without recording (issue 4, "Not a click"). Counting
// previews and crawlers would inflate clicks, skew conversion rates and, worse,
// mint click ids nobody clicked; one wasted row is the cheaper error, so only
// well-identified non-clicks are skipped.
//
// - HEAD: link checkers and some previewers; never a navigation.
// - Prefetch and prerender: Chrome/Edge "Sec-Purpose: prefetch" (and
//   "prefetch;prerender", "prefetch;anonymous-client-ip"), the older
//   "Purpose: prefetch", Safari's "X-Purpose: preview", Firefox's
//   "X-Moz: prefetch", and Next's own router prefetch headers. A prerendered
//   page the member then opens is navigated to again, and that one counts.
// - Not a top-level navigation: browsers that send Fetch Metadata say
//   "Sec-Fetch-Dest: document" for a click or a typed URL; an <img>, <iframe>
//   or fetch() pointing at /out (cookie stuffing from another site, or a Next
//   client-side RSC request, "RSC: 1") is not a member choosing a shop.
// - Bots and empty user agents: see bot-user-agents.ts. Every browser sends a
//   UA; a request without one is a script.

export type ClickRequest = {
  method: string;
  headers: Pick<Headers, 'get'>;
};

export type SkipReason = 'head' | 'method' | 'prefetch' | 'not_navigation' | 'no_user_agent' | 'bot';

export type ClickFilterDecision = { action: 'record' } | { action: 'skip'; reason: SkipReason };

const PREFETCH_TOKENS = new Set(['prefetch', 'prerender', 'preview']);

export function clickFilter(request: ClickRequest): ClickFilterDecision {
  const method = request.method.toUpperCase();
  if (method === 'HEAD') return skip('head');
  if (method !== 'GET') return skip('method');

  const { headers } = request;
  for (const name of ['sec-purpose', 'purpose', 'x-purpose', 'x-moz']) {
    if (hasPrefetchToken(headers.get(name))) return skip('prefetch');
  }
  if (headers.get('next-router-prefetch') !== null || headers.get('next-router-segment-prefetch') !== null) {
    return skip('prefetch');
  }

  const dest = headers.get('sec-fetch-dest')?.trim().toLowerCase();
  if (dest !== undefined && dest !== '' && dest !== 'document') return skip('not_navigation');
  if (headers.get('rsc') !== null) return skip('not_navigation');

  const userAgent = headers.get('user-agent')?.trim() ?? '';
  if (userAgent === '') return skip('no_user_agent');
  if (matchBotUserAgent(userAgent) !== null) return skip('bot');
  return { action: 'record' };
}

// "prefetch;prerender" is a structured-field list item with a parameter; a
// loose token split reads every spelling browsers have used.
function hasPrefetchToken(value: string | null): boolean {
  if (value === null) return false;
  return value
    .toLowerCase()
    .split(/[\s;,=]+/)
    .some((token) => PREFETCH_TOKENS.has(token));
}

function skip(reason: SkipReason): ClickFilterDecision {
  return { action: 'skip', reason };
}

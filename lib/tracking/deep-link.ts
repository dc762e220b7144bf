// Which `?url=` deep links /out/<merchant> may send a member to (DESIGN.md §6):
// only the merchant's registered shop domains and their subdomains, over
// http(s). Anything else would make us an open redirect with a cashback
// platform's reputation attached.
//
// The rule that makes this safe: decide on the WHATWG parser's view of the URL
// (the one browsers use) and hand back that parsed URL, never the raw text, so
// the link we redirect to is exactly the link we checked. On top of that we
// refuse, before parsing, every input whose meaning depends on the parser's
// leniency: characters it strips or rewrites (tabs, newlines, backslashes), a
// scheme without "//", userinfo, percent-escapes in the host. A real deep link
// comes from a browser's address bar or a page's href: already serialised,
// none of these needed.
//
// Decisions:
// - Ports: refused unless default (the parser drops ":443" on https and ":80"
//   on http). Shops do not sell on odd ports, and a port on a shop's host may
//   reach a service that is not the shop.
// - IP literals: refused, even ones that look harmless; a shop has a name.
// - Trailing-dot hosts ("maison-lavande.fr."): refused; they are a different
//   origin to the browser (cookies, HSTS) and never a legitimate deep link.
// - Internationalised hosts: compared punycoded, shop domains normalised by the
//   same parser, so "café.fr" and "xn--caf-dma.fr" are one domain, and
//   full-width letters or "。" dots land on the name they map to.
// - The shop's own redirects (maison-lavande.fr/go?to=…) are the shop's
//   business; we cannot see past them.

export const DEEP_LINK_MAX_CHARS = 2000;

export type DeepLinkRefusal =
  | 'empty'
  | 'too_long'
  | 'forbidden_character'
  | 'not_http'
  | 'userinfo'
  | 'encoded_host'
  | 'unparseable'
  | 'ip_address'
  | 'trailing_dot'
  | 'port'
  | 'foreign_host';

export type DeepLinkCheck = { ok: true; url: URL } | { ok: false; reason: DeepLinkRefusal };

// Controls (C0, DEL, C1), invisible format characters (zero-width, bidi
// overrides, soft hyphen), lone surrogates, every kind of space, and "\",
// which the parser reads as "/" in http(s) URLs.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\s\\]/u;
// Exactly two slashes: the parser also accepts "https:evil.com", "https:/evil.com"
// and "https:///evil.com" as host evil.com.
const HTTP_PREFIX = /^https?:\/\/(?!\/)/i;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

export function checkDeepLink(raw: string, shopDomains: readonly string[]): DeepLinkCheck {
  if (raw === '') return refuse('empty');
  if (raw.length > DEEP_LINK_MAX_CHARS) return refuse('too_long');
  if (FORBIDDEN.test(raw)) return refuse('forbidden_character');
  const prefix = HTTP_PREFIX.exec(raw);
  if (prefix === null) return refuse('not_http');

  const authority = raw.slice(prefix[0].length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return refuse('userinfo');
  if (authority.includes('%')) return refuse('encoded_host');

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('unparseable');
  }
  // Both already implied by the checks above; kept as assertions on the parsed form.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('not_http');
  if (url.username !== '' || url.password !== '') return refuse('userinfo');

  const host = url.hostname;
  if (host.startsWith('[') || IPV4.test(host)) return refuse('ip_address');
  if (host.endsWith('.')) return refuse('trailing_dot');
  if (url.port !== '') return refuse('port');
  if (url.href.length > DEEP_LINK_MAX_CHARS) return refuse('too_long');

  const onShop = shopDomains.some((domain) => {
    const shop = normalizeDomain(domain);
    return shop !== null && (host === shop || host.endsWith(`.${shop}`));
  });
  return onShop ? { ok: true, url } : refuse('foreign_host');
}

/** A registered shop domain as the URL parser spells hosts, or null if it is not a domain name. */
export function normalizeDomain(domain: string): string | null {
  const text = domain.trim().replace(/\.$/, '');
  if (text === '' || /[/?#@:\\%[\]\s]/.test(text)) return null;
  let host: string;
  try {
    host = new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
  if (host.startsWith('[') || IPV4.test(host) || !host.includes('.') || host.endsWith('.')) return null;
  return host;
}

function refuse(reason: DeepLinkRefusal): DeepLinkCheck {
  return { ok: false, reason };
}

import { describe, expect, it } from 'vitest';
import { checkDeepLink, DEEP_LINK_MAX_CHARS, type DeepLinkRefusal, normalizeDomain } from './deep-link';

const shop = ['maison-lavande.fr', 'café-lavande.fr', 'xn--bcher-kva.de'];

describe('checkDeepLink accepts the shop and its subdomains', () => {
  it.each([
    ['the bare domain', 'https://maison-lavande.fr/', 'https://maison-lavande.fr/'],
    ['www', 'https://www.maison-lavande.fr/savon?x=1#avis', 'https://www.maison-lavande.fr/savon?x=1#avis'],
    ['a deep subdomain', 'https://a.b.maison-lavande.fr/p', 'https://a.b.maison-lavande.fr/p'],
    ['http', 'http://maison-lavande.fr/p', 'http://maison-lavande.fr/p'],
    ['a mixed-case scheme and host', 'HtTpS://WWW.Maison-Lavande.FR/P', 'https://www.maison-lavande.fr/P'],
    ['the default https port', 'https://maison-lavande.fr:443/p', 'https://maison-lavande.fr/p'],
    ['the default http port', 'http://maison-lavande.fr:80/p', 'http://maison-lavande.fr/p'],
    ['no path', 'https://maison-lavande.fr', 'https://maison-lavande.fr/'],
    ['a query without a path', 'https://maison-lavande.fr?x=1', 'https://maison-lavande.fr/?x=1'],
    [
      'accents in path and query',
      'https://maison-lavande.fr/été?q=crème',
      'https://maison-lavande.fr/%C3%A9t%C3%A9?q=cr%C3%A8me',
    ],
    [
      'an IDN shop typed in Unicode',
      'https://www.café-lavande.fr/thé',
      'https://www.xn--caf-lavande-dbb.fr/th%C3%A9',
    ],
    ['an IDN shop typed in punycode', 'https://xn--caf-lavande-dbb.fr/', 'https://xn--caf-lavande-dbb.fr/'],
    ['a punycode-registered shop typed in Unicode', 'https://bücher.de/', 'https://xn--bcher-kva.de/'],
    [
      '"。" dots that map to the shop',
      'https://www。maison-lavande。fr/p',
      'https://www.maison-lavande.fr/p',
    ],
    [
      'full-width letters that map to the shop',
      'https://ｍａｉｓｏｎ-lavande.fr/',
      'https://maison-lavande.fr/',
    ],
    ['"@" in the path', 'https://maison-lavande.fr/@marie/liste', 'https://maison-lavande.fr/@marie/liste'],
    [
      '"//evil.com" in the path stays a path',
      'https://maison-lavande.fr//evil.com',
      'https://maison-lavande.fr//evil.com',
    ],
    [
      'an encoded slash in the path',
      'https://maison-lavande.fr/%2F%2Fevil.com',
      'https://maison-lavande.fr/%2F%2Fevil.com',
    ],
    [
      'an encoded CRLF in the path stays encoded',
      'https://maison-lavande.fr/%0d%0aLocation:x',
      'https://maison-lavande.fr/%0d%0aLocation:x',
    ],
    [
      'dot segments resolved by the parser',
      'https://maison-lavande.fr/a/../b/%2e%2e/c',
      'https://maison-lavande.fr/c',
    ],
    [
      'another URL in the query',
      'https://maison-lavande.fr/go?to=https://evil.com',
      'https://maison-lavande.fr/go?to=https://evil.com',
    ],
    [
      'an evil-looking fragment',
      'https://maison-lavande.fr/#@evil.com',
      'https://maison-lavande.fr/#@evil.com',
    ],
    ['exactly the length limit', `https://maison-lavande.fr/${'a'.repeat(DEEP_LINK_MAX_CHARS - 26)}`, null],
  ])('%s', (_label, raw, href) => {
    const result = checkDeepLink(raw, shop);
    expect(result).toEqual({ ok: true, url: new URL(href ?? raw) });
    if (result.ok) expect(result.url.href).toBe(href ?? raw);
  });
});

describe('checkDeepLink refuses everything else', () => {
  it.each<[string, string, DeepLinkRefusal]>([
    // Other hosts, label boundaries.
    ['another host', 'https://evil.com/', 'foreign_host'],
    ['a suffix without a dot boundary', 'https://evilmaison-lavande.fr/', 'foreign_host'],
    ['the shop as a subdomain of evil', 'https://maison-lavande.fr.evil.com/', 'foreign_host'],
    ['the shop as a label of evil', 'https://maison-lavande.evil.fr/', 'foreign_host'],
    ['a parent of the shop', 'https://lavande.fr/', 'foreign_host'],
    ['the bare public suffix', 'https://fr/', 'foreign_host'],
    ['"。" joining the shop to evil', 'https://maison-lavande.fr。evil.com/', 'foreign_host'],
    ['a full-width dot joining the shop to evil', 'https://maison-lavande.fr．evil.com/', 'foreign_host'],
    ['a lookalike Cyrillic "а"', 'https://maison-lаvande.fr/', 'foreign_host'],
    ['evil behind a "?"', 'https://evil.com?.maison-lavande.fr', 'foreign_host'],
    ['evil behind a "#"', 'https://evil.com#.maison-lavande.fr', 'foreign_host'],
    // Schemes.
    ['protocol-relative', '//evil.com/', 'not_http'],
    ['protocol-relative to the shop', '//maison-lavande.fr/', 'not_http'],
    ['a relative path', '/produits', 'not_http'],
    ['no scheme', 'maison-lavande.fr/p', 'not_http'],
    ['javascript:', 'javascript:alert(1)', 'not_http'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(document.domain)', 'not_http'],
    ['javascript: with a shop-looking authority', 'javascript://maison-lavande.fr/%0aalert(1)', 'not_http'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not_http'],
    ['vbscript:', 'vbscript:msgbox(1)', 'not_http'],
    ['file:', 'file:///etc/passwd', 'not_http'],
    ['ftp:', 'ftp://maison-lavande.fr/', 'not_http'],
    ['blob:', 'blob:https://maison-lavande.fr/uuid', 'not_http'],
    ['https without slashes', 'https:evil.com', 'not_http'],
    ['https with one slash', 'https:/evil.com', 'not_http'],
    ['https with three slashes', 'https:///evil.com', 'not_http'],
    ['a single-encoded URL', 'https%3A%2F%2Fevil.com', 'not_http'],
    ['a double-encoded URL', 'https%253A%252F%252Fevil.com', 'not_http'],
    ['an encoded scheme colon', 'https%3A//maison-lavande.fr/', 'not_http'],
    // Parser leniencies.
    ['a backslash authority', 'https:\\\\evil.com', 'forbidden_character'],
    ['backslash then slash', 'https:/\\evil.com', 'forbidden_character'],
    ['a backslash before "@"', 'https://evil.com\\@maison-lavande.fr', 'forbidden_character'],
    ['a backslash in the path', 'https://maison-lavande.fr\\..\\evil', 'forbidden_character'],
    ['a tab inside the scheme', 'java\tscript:alert(1)', 'forbidden_character'],
    ['a newline inside the scheme', 'ht\ntps://evil.com', 'forbidden_character'],
    ['a CR inside the host', 'https://maison-lavande.fr\r.evil.com/', 'forbidden_character'],
    ['a leading space', ' https://evil.com', 'forbidden_character'],
    ['a trailing newline', 'https://maison-lavande.fr/\n', 'forbidden_character'],
    ['a NUL', 'https://maison-lavande.fr\u0000.evil.com/', 'forbidden_character'],
    ['a leading C0 control', '\u0001https://maison-lavande.fr/', 'forbidden_character'],
    ['DEL', 'https://maison-lavande.fr/\u007f', 'forbidden_character'],
    ['a C1 control', 'https://maison-lavande.fr/\u0085', 'forbidden_character'],
    ['a zero-width space in the host', 'https://maison-lav\u200bande.fr/', 'forbidden_character'],
    ['a soft hyphen in the host', 'https://maison-lav\u00adande.fr/', 'forbidden_character'],
    ['a right-to-left override', 'https://\u202eevil.com/rf.ednavel-nosiam', 'forbidden_character'],
    ['a no-break space', 'https://maison-lavande.fr\u00a0.evil.com/', 'forbidden_character'],
    ['an ideographic space', 'https://maison-lavande.fr/\u3000', 'forbidden_character'],
    ['a line separator', 'https://maison-lavande.fr/\u2028', 'forbidden_character'],
    ['a byte-order mark', '\ufeffhttps://maison-lavande.fr/', 'forbidden_character'],
    ['a lone surrogate', 'https://maison-lavande.fr/\ud800', 'forbidden_character'],
    // Userinfo.
    ['the shop as userinfo', 'https://maison-lavande.fr@evil.com/', 'userinfo'],
    ['userinfo with a password', 'https://maison-lavande.fr:x@evil.com/', 'userinfo'],
    ['empty userinfo', 'https://@evil.com/', 'userinfo'],
    ['empty userinfo to the shop', 'https://@maison-lavande.fr/', 'userinfo'],
    ['userinfo on the shop', 'https://user:pass@maison-lavande.fr/', 'userinfo'],
    ['an encoded "@"', 'https://maison-lavande.fr%40evil.com/', 'encoded_host'],
    ['an encoded slash before "@"', 'https://maison-lavande.fr%2F@evil.com/', 'userinfo'],
    // Percent-encoded hosts.
    ['an encoded dot', 'https://maison-lavande%2Efr/', 'encoded_host'],
    ['a lower-case encoded dot', 'https://maison-lavande%2efr/', 'encoded_host'],
    ['an encoded slash', 'https://evil.com%2F.maison-lavande.fr/', 'encoded_host'],
    ['a double-encoded dot', 'https://maison-lavande%252Efr/', 'encoded_host'],
    ['an encoded letter', 'https://%6daison-lavande.fr/', 'encoded_host'],
    ['an encoded ideographic dot', 'https://maison-lavande.fr%E3%80%82evil.com/', 'encoded_host'],
    // IP literals, in every spelling the parser normalises.
    ['IPv4', 'https://127.0.0.1/', 'ip_address'],
    ['IPv4 as one number', 'http://2130706433/', 'ip_address'],
    ['IPv4 in hex', 'http://0x7f.0.0.1/', 'ip_address'],
    ['IPv4 in octal', 'http://0177.0.0.1/', 'ip_address'],
    ['IPv4 with a trailing dot', 'http://127.0.0.1./', 'ip_address'],
    ['IPv6', 'https://[::1]/', 'ip_address'],
    ['IPv4-mapped IPv6', 'https://[::ffff:7f00:1]/', 'ip_address'],
    // Trailing dots.
    ['a trailing dot', 'https://maison-lavande.fr./', 'trailing_dot'],
    ['a trailing "。"', 'https://maison-lavande.fr。/', 'trailing_dot'],
    // Ports.
    ['a non-default port', 'https://maison-lavande.fr:8443/', 'port'],
    ['the http port on https', 'https://maison-lavande.fr:80/', 'port'],
    ['the https port on http', 'http://maison-lavande.fr:443/', 'port'],
    // Unparseable.
    ['an empty host', 'https://?x', 'unparseable'],
    ['a bad port', 'https://maison-lavande.fr:99999/', 'unparseable'],
    ['an invalid IDN label', 'https://xn--a.maison-lavande.fr/', 'unparseable'],
    ['a forbidden host character', 'https://maison<lavande.fr/', 'unparseable'],
    // Size.
    ['empty', '', 'empty'],
    [
      'one character over the limit',
      `https://maison-lavande.fr/${'a'.repeat(DEEP_LINK_MAX_CHARS - 25)}`,
      'too_long',
    ],
    ['short text that encodes past the limit', `https://maison-lavande.fr/${'é'.repeat(400)}`, 'too_long'],
  ])('%s', (_label, raw, reason) => {
    expect(checkDeepLink(raw, shop)).toEqual({ ok: false, reason });
  });

  it('refuses everything when the merchant has no domain', () => {
    expect(checkDeepLink('https://maison-lavande.fr/', [])).toEqual({ ok: false, reason: 'foreign_host' });
  });

  it('ignores registered domains that are not domain names', () => {
    const bad = ['fr', '', '.', '127.0.0.1', 'evil.com/x', 'a@b.fr', 'maison lavande.fr'];
    expect(checkDeepLink('https://maison-lavande.fr/', bad)).toEqual({ ok: false, reason: 'foreign_host' });
    expect(checkDeepLink('https://127.0.0.1/', bad)).toEqual({ ok: false, reason: 'ip_address' });
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['a lower-case domain', 'maison-lavande.fr', 'maison-lavande.fr'],
    ['upper case and spaces', '  Maison-Lavande.FR ', 'maison-lavande.fr'],
    ['a trailing dot', 'maison-lavande.fr.', 'maison-lavande.fr'],
    ['Unicode', 'café-lavande.fr', 'xn--caf-lavande-dbb.fr'],
    ['punycode', 'xn--caf-lavande-dbb.fr', 'xn--caf-lavande-dbb.fr'],
    ['a single label', 'localhost', null],
    ['an IP address', '10.0.0.1', null],
    ['a URL', 'https://maison-lavande.fr', null],
    ['a path', 'maison-lavande.fr/x', null],
    ['a port', 'maison-lavande.fr:8080', null],
    ['userinfo', 'a@maison-lavande.fr', null],
    ['a percent escape', 'maison%2Dlavande.fr', null],
  ])('%s', (_label, domain, want) => {
    expect(normalizeDomain(domain)).toBe(want);
  });
});

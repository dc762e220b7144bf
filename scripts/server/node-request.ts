import type { IncomingMessage } from 'node:http';

// Reading a plain Node request the way lib/ code expects (Headers-like `get`,
// a cookie jar), without building a WHATWG Request: this is the hot path.

export function headerReader(request: IncomingMessage): Pick<Headers, 'get'> {
  return {
    get(name: string) {
      const value = request.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

export function cookieReader(request: IncomingMessage): { get(name: string): { value: string } | undefined } {
  let parsed: Map<string, string> | undefined;
  return {
    get(name: string) {
      parsed ??= parseCookies(request.headers.cookie ?? '');
      const value = parsed.get(name);
      return value === undefined ? undefined : { value };
    },
  };
}

export function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (!name || cookies.has(name)) continue;
    let value = part.slice(index + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  const kept: Array<{ label: string; input: string; want: string }> = [
    { label: 'root', input: '/', want: '/' },
    { label: 'a page', input: '/stores', want: '/stores' },
    { label: 'a page with a query', input: '/stores?q=fnac&sort=rate', want: '/stores?q=fnac&sort=rate' },
    { label: 'a fragment', input: '/stores#categories', want: '/stores#categories' },
    { label: 'a nested page', input: '/stores/la-redoute', want: '/stores/la-redoute' },
    { label: 'an encoded query', input: '/stores?q=caf%C3%A9', want: '/stores?q=caf%C3%A9' },
    { label: 'an encoded slash inside the path', input: '/stores/a%2Fb', want: '/stores/a%2Fb' },
    {
      label: 'a scheme-like segment is just a path',
      input: '/javascript:alert(1)',
      want: '/javascript:alert(1)',
    },
    { label: 'dot segments are resolved', input: '/a/../../stores', want: '/stores' },
    { label: 'a space is encoded', input: '/stores?q=a b', want: '/stores?q=a%20b' },
    { label: 'non-ASCII is encoded', input: '/catégories', want: '/cat%C3%A9gories' },
  ];

  it.each(kept)('keeps $label', ({ input, want }) => {
    expect(safeReturnPath(input)).toBe(want);
  });

  const rejected: Array<{ label: string; input: unknown }> = [
    { label: 'protocol-relative URL', input: '//evil.example' },
    { label: 'protocol-relative with path', input: '//evil.example/stores' },
    { label: 'backslash host', input: '/\\evil.example' },
    { label: 'double backslash', input: '\\\\evil.example' },
    { label: 'backslash after slash later on', input: '/stores\\..\\\\evil.example' },
    { label: 'absolute https URL', input: 'https://evil.example' },
    { label: 'absolute http URL', input: 'http://evil.example/stores' },
    { label: 'javascript: URL', input: 'javascript:alert(1)' },
    { label: 'data: URL', input: 'data:text/html,<script>alert(1)</script>' },
    { label: 'encoded slashes without a leading slash', input: '%2F%2Fevil.example' },
    { label: 'encoded slashes after a slash', input: '/%2F%2Fevil.example' },
    { label: 'encoded slash after a slash', input: '/%2Fevil.example' },
    { label: 'encoded backslash', input: '/%5Cevil.example' },
    { label: 'encoded tab then slash', input: '/%09/evil.example' },
    { label: 'relative path', input: 'stores' },
    { label: 'tab between slashes', input: '/\t/evil.example' },
    { label: 'newline between slashes', input: '/\n/evil.example' },
    { label: 'carriage return', input: '/\r/evil.example' },
    { label: 'newline in a query (header injection)', input: '/stores?q=a\r\nSet-Cookie: x=1' },
    { label: 'NUL byte', input: '/stores\u0000' },
    { label: 'DEL', input: '/stores\u007f' },
    { label: 'leading space', input: ' //evil.example' },
    { label: 'malformed percent encoding', input: '/stores?q=%E0%A4%A' },
    { label: 'empty string', input: '' },
    { label: 'overlong path', input: `/${'a'.repeat(3000)}` },
    { label: 'null', input: null },
    { label: 'undefined', input: undefined },
    { label: 'a number', input: 42 },
    { label: 'a File-like object', input: { name: '/stores' } },
  ];

  it.each(rejected)('rejects $label', ({ input }) => {
    expect(safeReturnPath(input)).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it.each([
    ['plain text stays', 'Marie Curie', 'Marie Curie'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand first, so entities are not double-read', 'a &lt; b', 'a &amp;lt; b'],
    ['quotes that would close an attribute', `" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['accents and apostrophes typographiques stay', 'Zoé d’Arc', 'Zoé d’Arc'],
    ['empty', '', ''],
  ])('%s', (_label, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

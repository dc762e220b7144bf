import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { createTranslator, type MessageKey, type Messages } from './translate';

const tFr = createTranslator('fr', fr);
const tEn = createTranslator('en', en);

// Untyped access, to exercise the runtime fallbacks the types forbid.
const loose = (t: typeof tFr) =>
  t as unknown as (key: string, vars?: Record<string, string | number>) => string;

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

describe('createTranslator: plain messages and interpolation', () => {
  const cases: Array<{
    label: string;
    t: typeof tFr;
    key: MessageKey;
    vars?: Record<string, string | number>;
    want: string;
  }> = [
    { label: 'fr plain string', t: tFr, key: 'nav.stores', want: 'Boutiques' },
    { label: 'en plain string', t: tEn, key: 'nav.stores', want: 'Stores' },
    { label: 'one variable', t: tEn, key: 'catalog.rate.upTo', vars: { value: '5 %' }, want: 'Up to 5 %' },
    {
      label: 'several variables',
      t: tFr,
      key: 'catalog.boost.happyHour',
      vars: { weekday: 'mardi', start: '18h', end: '20h' },
      want: 'Happy hour chaque mardi de 18h à 20h',
    },
    {
      label: 'a number is formatted for the locale (fr)',
      t: tFr,
      key: 'catalog.pagination.pageOf',
      vars: { page: 1200, total: 1500 },
      want: 'Page 1\u202f200 sur 1\u202f500',
    },
    {
      label: 'a number is formatted for the locale (en)',
      t: tEn,
      key: 'catalog.pagination.pageOf',
      vars: { page: 1200, total: 1500 },
      want: 'Page 1,200 of 1,500',
    },
    {
      label: 'a missing variable leaves its placeholder',
      t: tEn,
      key: 'catalog.pagination.pageOf',
      vars: { page: 2 },
      want: 'Page 2 of {total}',
    },
    { label: 'no vars leaves placeholders', t: tEn, key: 'catalog.rate.upTo', want: 'Up to {value}' },
    {
      label: 'a value containing braces is not re-interpolated',
      t: tEn,
      key: 'catalog.search.resultsFor',
      vars: { query: '{query}' },
      want: 'Results for “{query}”',
    },
    {
      label: 'inherited properties are not variables',
      t: tEn,
      key: 'catalog.rate.upTo',
      vars: {},
      want: 'Up to {value}',
    },
  ];

  it.each(cases)('$label', ({ t, key, vars, want }) => {
    expect(loose(t)(key, vars)).toBe(want);
  });

  it('does not read Object.prototype through a placeholder', () => {
    const messages = { ...fr, nav: { ...fr.nav, stores: '{constructor}{toString}' } } satisfies Messages;
    expect(createTranslator('fr', messages)('nav.stores', {})).toBe('{constructor}{toString}');
  });
});

describe('createTranslator: plurals', () => {
  const cases: Array<{ label: string; t: typeof tFr; key: MessageKey; count: number; want: string }> = [
    // French: 0 and 1 are both "one"; an explicit `zero` message still wins for 0.
    {
      label: 'fr 0 uses the explicit zero',
      t: tFr,
      key: 'catalog.storeCount',
      count: 0,
      want: 'Aucune boutique',
    },
    { label: 'fr 0 without zero is "one"', t: tFr, key: 'catalog.validation.days', count: 0, want: '0 jour' },
    { label: 'fr 1 is "one"', t: tFr, key: 'catalog.validation.days', count: 1, want: '1 jour' },
    { label: 'fr 1.5 is "one"', t: tFr, key: 'catalog.validation.days', count: 1.5, want: '1,5 jour' },
    { label: 'fr 2 is "other"', t: tFr, key: 'catalog.validation.days', count: 2, want: '2 jours' },
    { label: 'fr 45 is "other"', t: tFr, key: 'catalog.storeCount', count: 45, want: '45 boutiques' },
    // CLDR gives French "many" for 1 000 000; a message without `many` falls back to `other`.
    {
      label: 'fr 1 000 000 falls back to "other"',
      t: tFr,
      key: 'catalog.storeCount',
      count: 1_000_000,
      want: '1\u202f000\u202f000 boutiques',
    },
    { label: 'en 0 uses the explicit zero', t: tEn, key: 'catalog.storeCount', count: 0, want: 'No stores' },
    {
      label: 'en 0 without zero is "other"',
      t: tEn,
      key: 'catalog.validation.days',
      count: 0,
      want: '0 days',
    },
    { label: 'en 1 is "one"', t: tEn, key: 'catalog.validation.days', count: 1, want: '1 day' },
    { label: 'en 1.5 is "other"', t: tEn, key: 'catalog.validation.days', count: 1.5, want: '1.5 days' },
    { label: 'en 2 is "other"', t: tEn, key: 'catalog.storeCount', count: 2, want: '2 stores' },
  ];

  it.each(cases)('$label', ({ t, key, count, want }) => {
    expect(loose(t)(key, { count })).toBe(want);
  });

  it('uses "other" when count is missing or not a finite number', () => {
    expect(loose(tEn)('catalog.validation.days')).toBe('{count} days');
    expect(loose(tEn)('catalog.validation.days', { count: Number.NaN })).toBe('NaN days');
    expect(loose(tEn)('catalog.validation.days', { count: '1' })).toBe('1 days');
  });
});

describe('createTranslator: unknown keys', () => {
  const cases: Array<{ label: string; key: string }> = [
    { label: 'unknown top-level key', key: 'nope' },
    { label: 'unknown nested key', key: 'nav.nope' },
    { label: 'path through a string', key: 'nav.stores.deeper' },
    { label: 'a namespace, not a message', key: 'nav' },
    { label: 'a prototype property', key: 'constructor' },
    { label: 'a nested prototype property', key: 'nav.toString' },
    { label: 'empty key', key: '' },
  ];

  it.each(cases)('$label returns the key', ({ key }) => {
    expect(loose(tFr)(key)).toBe(key);
    expect(loose(tEn)(key, { count: 1 })).toBe(key);
  });
});

describe('messages', () => {
  it('en and fr have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(fr).sort());
  });

  it('every message is a non-empty string', () => {
    for (const messages of [fr, en]) {
      for (const key of leafKeys(messages)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('en and fr use the same placeholders in each message', () => {
    const placeholders = (messages: unknown, key: string) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      return [...String(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    };
    for (const key of leafKeys(fr)) {
      expect(placeholders(en, key), key).toEqual(placeholders(fr, key));
    }
  });
});

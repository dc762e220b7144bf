import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { messagesByLocale } from '@/lib/i18n/messages';
import { createTranslator } from '@/lib/i18n/translate';
import type { StatementLine } from './member-statement';
import { CSV_BOM, csvAmount, csvTime, statementCsv } from './statement-csv';

const translators = {
  fr: createTranslator('fr', messagesByLocale.fr),
  en: createTranslator('en', messagesByLocale.en),
};

function line(overrides: Partial<StatementLine> = {}): StatementLine {
  return {
    id: 7,
    entryId: 41,
    at: new Date('2026-03-14T16:05:32.000Z'),
    label: 'tracked',
    account: 'pending',
    amount: { amountMinor: 676, currency: 'EUR' },
    purchase: {
      id: '5b8f3c1e-0000-4000-8000-000000000001',
      merchantName: 'Maison Lavande',
      orderRef: 'SBX-ABC123',
    },
    ...overrides,
  };
}

const csv = (lines: StatementLine[], locale: Locale = 'fr') =>
  statementCsv(lines, { locale, t: translators[locale] });
const rows = (text: string) => text.slice(CSV_BOM.length).split('\r\n');

describe('csvAmount', () => {
  it.each([
    ['a credit in euros, French decimal comma', 676, 'EUR', 'fr', '6,76'],
    ['a debit in euros, English decimal point', -676, 'EUR', 'en', '-6.76'],
    ['less than one unit keeps its leading zero', -5, 'EUR', 'fr', '-0,05'],
    ['zero', 0, 'EUR', 'fr', '0,00'],
    ['a 0-decimal currency has no decimal mark', 1234, 'JPY', 'fr', '1234'],
    ['a 3-decimal currency keeps three places', -12_345, 'KWD', 'en', '-12.345'],
    ['no grouping, so spreadsheets sum it', 123_456_789, 'EUR', 'fr', '1234567,89'],
  ] as const)('%s', (_label, amountMinor, currency, locale, expected) => {
    expect(csvAmount(amountMinor, currency, locale)).toBe(expected);
  });
});

describe('csvTime', () => {
  it.each([
    ['winter: Paris is UTC+1', '2026-01-10T23:30:00.000Z', '2026-01-11 00:30:00'],
    ['summer: Paris is UTC+2', '2026-07-01T21:59:59.000Z', '2026-07-01 23:59:59'],
  ])('%s', (_label, iso, expected) => {
    expect(csvTime(new Date(iso))).toBe(expected);
  });
});

describe('statementCsv', () => {
  it('starts with a UTF-8 BOM, then a header and one row per line, semicolon-separated, CRLF-terminated', () => {
    const text = csv([
      line(),
      line({
        id: 6,
        label: 'confirmed',
        account: 'available',
        amount: { amountMinor: -676, currency: 'EUR' },
      }),
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows(text)).toEqual([
      'Date;Opération;Boutique;Commande;Solde;Montant;Devise;Écriture',
      '2026-03-14 17:05:32;Achat enregistré;Maison Lavande;SBX-ABC123;En attente;6,76;EUR;41',
      '2026-03-14 17:05:32;Achat validé;Maison Lavande;SBX-ABC123;Disponible;-6,76;EUR;41',
      '',
    ]);
  });

  it('speaks English with an English locale, the separator staying a semicolon', () => {
    const text = csv([line({ purchase: null, label: 'bonus', account: 'available' })], 'en');
    expect(rows(text).slice(0, 2)).toEqual([
      'Date;Operation;Store;Order;Balance;Amount;Currency;Entry',
      '2026-03-14 17:05:32;Bonus;;;Available;6.76;EUR;41',
    ]);
  });

  it('labels an entry kind it does not know as a movement', () => {
    expect(rows(csv([line({ label: 'something_new' })]))[1]).toContain(';Mouvement;');
  });

  it('quotes fields holding a separator, a quote or a line break (RFC 4180)', () => {
    const text = csv([
      line({ purchase: { id: 'x', merchantName: 'Durand; "Fils"\nParis', orderRef: null } }),
    ]);
    expect(text).toContain(';"Durand; ""Fils""\nParis";;');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative amounts', () => {
    const text = csv([
      line({
        amount: { amountMinor: -100, currency: 'EUR' },
        purchase: { id: 'x', merchantName: '=HYPERLINK("http://evil.example")', orderRef: '+33-1' },
      }),
    ]);
    const row = rows(text)[1]!;
    expect(row).toContain(`;"'=HYPERLINK(""http://evil.example"")";'+33-1;`);
    expect(row).toContain(';-1,00;EUR;');
  });

  it('is a header alone for a member without lines', () => {
    expect(rows(csv([]))).toEqual(['Date;Opération;Boutique;Commande;Solde;Montant;Devise;Écriture', '']);
  });
});

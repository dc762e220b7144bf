import type { Locale } from '@/lib/i18n/config';
import { DISPLAY_TIME_ZONE } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { currencyExponent, toDecimalString } from '@/lib/money';
import type { StatementLine } from './member-statement';
import { statementLabel } from './statement-labels';

// The statement as a spreadsheet file, made for the French market's
// spreadsheet first:
// - columns separated by semicolons: French Excel (and LibreOffice in a
//   French locale) use the comma as the decimal mark, so their list separator,
//   the one they split a .csv on when it is double-clicked, is ";";
// - a UTF-8 byte-order mark first: without it Excel reads the file as
//   Windows-1252 and "Opération", "Écriture" or a store's accents come out
//   garbled;
// - amounts are plain decimal strings made from the integer minor units
//   (lib/money.ts toDecimalString, never a float), with the locale's decimal
//   mark ("-4,22" in French, "-4.22" in English) and no currency symbol or
//   grouping, so the column sums as numbers; the currency has its own column;
// - dates are Paris wall-clock time as "YYYY-MM-DD HH:MM:SS", which sorts as
//   text and which spreadsheets read as a date in either language;
// - fields are quoted as RFC 4180 says when they hold ";", a quote or a line
//   break; lines end with CRLF;
// - text that a spreadsheet would run as a formula (starting with = + - @ or
//   a tab) gets a leading apostrophe: store names and order references come
//   from networks and merchants, not from us.

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

export function statementCsv(
  lines: readonly StatementLine[],
  { locale, t }: { locale: Locale; t: Translator },
): string {
  const header = [
    t('accountSpace.statement.csv.date'),
    t('accountSpace.statement.csv.label'),
    t('accountSpace.statement.csv.store'),
    t('accountSpace.statement.csv.order'),
    t('accountSpace.statement.csv.account'),
    t('accountSpace.statement.csv.amount'),
    t('accountSpace.statement.csv.currency'),
    t('accountSpace.statement.csv.entry'),
  ];
  const rows = lines.map((line) => [
    csvTime(line.at),
    text(t(`accountSpace.statement.labels.${statementLabel(line.label)}`)),
    text(line.purchase?.merchantName ?? ''),
    text(line.purchase?.orderRef ?? ''),
    text(t(`accountSpace.statement.accounts.${line.account}`)),
    csvAmount(line.amount.amountMinor, line.amount.currency, locale),
    line.amount.currency,
    String(line.entryId),
  ]);
  return (
    CSV_BOM + [header.map(text), ...rows].map((cells) => cells.map(quote).join(SEPARATOR)).join(EOL) + EOL
  );
}

/** -422 EUR → "-4,22" (fr) or "-4.22" (en). */
export function csvAmount(amountMinor: number, currency: string, locale: Locale): string {
  const decimal = toDecimalString(amountMinor, currencyExponent(currency));
  return locale === 'fr' ? decimal.replace('.', ',') : decimal;
}

const TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Paris wall-clock time, "2026-03-14 17:05:32". */
export function csvTime(at: Date): string {
  const parts = Object.fromEntries(TIME.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A text cell a spreadsheet will not evaluate. */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

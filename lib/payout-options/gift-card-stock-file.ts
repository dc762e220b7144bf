import { isAppError } from '@/lib/errors';
import { parseMoney } from '@/lib/money';

// A gift card stock file as ops upload it (a spreadsheet saved as CSV, or
// text pasted in the form): a header line naming the columns `code`, `value`
// and optionally `expires_on`, separated by `;` or `,` (the header decides),
// then one card per line. Pure: no database, no clock (the caller says what
// day it is). Every problem is reported with its line number, so ops fix the
// file once; a file with any problem is not applied at all.

/** The largest file accepted, in bytes (UTF-8). */
export const STOCK_FILE_BYTES_MAX = 1024 * 1024;
/** The most cards in one file (lines after the header, blank lines not counted). */
export const STOCK_FILE_CARDS_MAX = 10_000;
/** A card's face value may not exceed this, in minor units (10 000,00). */
export const GIFT_CARD_VALUE_MINOR_MAX = 1_000_000;
/** Problems listed; a file with more says how many there were. */
export const STOCK_FILE_ERRORS_SHOWN_MAX = 100;

export const CODE_LENGTH_MIN = 4;
export const CODE_LENGTH_MAX = 64;

export type StockCard = {
  /** Physical line number in the file (the header is line 1). */
  line: number;
  code: string;
  valueMinor: number;
  /** ISO date, or null: the card does not expire. */
  expiresOn: string | null;
};

export type StockFileProblem =
  | 'empty'
  | 'tooLarge'
  | 'tooManyCards'
  | 'header'
  | 'columns'
  | 'unclosedQuote'
  | 'codeLength'
  | 'codeCharacters'
  | 'valueMissing'
  | 'valueInvalid'
  | 'valueNotPositive'
  | 'valueTooLarge'
  | 'dateInvalid'
  | 'datePast'
  | 'duplicate';

export type StockFileError = {
  /** 0: the file as a whole. */
  line: number;
  problem: StockFileProblem;
  /** For `duplicate`: the line the code first appeared on; for `columns`: the count expected. */
  detail?: number;
};

export type StockFileResult =
  | { ok: true; cards: StockCard[]; separator: ';' | ',' }
  | { ok: false; errors: StockFileError[]; errorCount: number };

type Column = 'code' | 'value' | 'expires_on';
const COLUMNS: readonly Column[] = ['code', 'value', 'expires_on'];

/** Visible ASCII, spaces allowed inside (never at the ends: the code is trimmed). */
const CODE_CHARACTERS = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const fail = (...errors: StockFileError[]): StockFileResult => ({
  ok: false,
  errors,
  errorCount: errors.length,
});

/**
 * Reads a stock file for a brand whose cards are in `currency`. `today` is an
 * ISO date: a card expiring before it is refused (one expiring today is
 * accepted, though members are no longer offered it).
 */
export function parseGiftCardStockFile(content: string, currency: string, today: string): StockFileResult {
  if (new TextEncoder().encode(content).length > STOCK_FILE_BYTES_MAX)
    return fail({ line: 0, problem: 'tooLarge' });
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return fail({ line: 0, problem: 'empty' });

  const headerLine = lines[headerIndex]!;
  const separator = headerLine.includes(';') ? ';' : ',';
  const header = splitLine(headerLine, separator);
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  if (
    !header ||
    !columns.every((name): name is Column => (COLUMNS as readonly string[]).includes(name)) ||
    new Set(columns).size !== columns.length ||
    !columns.includes('code') ||
    !columns.includes('value')
  ) {
    return fail({ line: headerIndex + 1, problem: 'header' });
  }

  // Counted before anything is read: a huge file is refused at once.
  let cardLines = 0;
  for (let i = headerIndex + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') cardLines++;
  if (cardLines > STOCK_FILE_CARDS_MAX) return fail({ line: 0, problem: 'tooManyCards' });
  if (cardLines === 0) return fail({ line: 0, problem: 'empty' });

  const errors: StockFileError[] = [];
  let errorCount = 0;
  const report = (error: StockFileError) => {
    errorCount++;
    if (errors.length < STOCK_FILE_ERRORS_SHOWN_MAX) errors.push(error);
  };
  const cards: StockCard[] = [];
  const firstLineOfCode = new Map<string, number>();

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fields = splitLine(raw, separator);
    if (!fields) {
      report({ line, problem: 'unclosedQuote' });
      continue;
    }
    if (fields.length !== columns.length) {
      report({ line, problem: 'columns', detail: columns.length });
      continue;
    }
    const cell = (name: Column) => {
      const at = columns.indexOf(name);
      return at < 0 ? '' : fields[at]!.trim();
    };
    const before = errorCount;

    const code = cell('code');
    if (code.length < CODE_LENGTH_MIN || code.length > CODE_LENGTH_MAX)
      report({ line, problem: 'codeLength' });
    else if (!CODE_CHARACTERS.test(code)) report({ line, problem: 'codeCharacters' });

    const valueMinor = parseValue(cell('value'), currency);
    if (typeof valueMinor === 'string') report({ line, problem: valueMinor });

    const expiresOn = cell('expires_on') || null;
    if (expiresOn !== null) {
      if (!isIsoDate(expiresOn)) report({ line, problem: 'dateInvalid' });
      else if (expiresOn < today) report({ line, problem: 'datePast' });
    }

    if (errorCount > before || typeof valueMinor === 'string') continue;
    const first = firstLineOfCode.get(code);
    if (first !== undefined) {
      report({ line, problem: 'duplicate', detail: first });
      continue;
    }
    firstLineOfCode.set(code, line);
    cards.push({ line, code, valueMinor, expiresOn });
  }

  if (errorCount > 0) return { ok: false, errors, errorCount };
  return { ok: true, cards, separator };
}

function parseValue(input: string, currency: string): number | StockFileProblem {
  if (input === '') return 'valueMissing';
  let valueMinor: number;
  try {
    valueMinor = parseMoney(input, currency).amountMinor;
  } catch (error) {
    if (isAppError(error)) return 'valueInvalid';
    throw error;
  }
  if (valueMinor <= 0) return 'valueNotPositive';
  if (valueMinor > GIFT_CARD_VALUE_MINOR_MAX) return 'valueTooLarge';
  return valueMinor;
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * One line's fields. A field may be wrapped in double quotes (a spreadsheet
 * does so for `"10,00"` in a comma-separated file), `""` inside standing for
 * one quote. Null: a quote left open (a field never spans lines here).
 */
function splitLine(line: string, separator: ';' | ','): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === separator) {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

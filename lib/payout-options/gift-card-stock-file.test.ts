import { describe, expect, it } from 'vitest';
import {
  parseGiftCardStockFile,
  STOCK_FILE_BYTES_MAX,
  STOCK_FILE_CARDS_MAX,
  STOCK_FILE_ERRORS_SHOWN_MAX,
  type StockCard,
  type StockFileError,
} from './gift-card-stock-file';

const TODAY = '2026-11-30';
const parse = (content: string, currency = 'EUR') => parseGiftCardStockFile(content, currency, TODAY);

const card = (
  line: number,
  code: string,
  valueMinor: number,
  expiresOn: string | null = null,
): StockCard => ({
  line,
  code,
  valueMinor,
  expiresOn,
});

describe('a valid stock file', () => {
  it.each<[string, string, StockCard[]]>([
    [
      'semicolons, decimal comma',
      'code;value;expires_on\nAAAA-0001;10,00;2027-06-30\nAAAA-0002;20,00;\n',
      [card(2, 'AAAA-0001', 1_000, '2027-06-30'), card(3, 'AAAA-0002', 2_000)],
    ],
    [
      'commas, decimal point',
      'code,value,expires_on\nAAAA-0001,10.00,2027-06-30\nAAAA-0002,15.5,\n',
      [card(2, 'AAAA-0001', 1_000, '2027-06-30'), card(3, 'AAAA-0002', 1_550)],
    ],
    [
      'commas with a quoted decimal comma',
      'code,value,expires_on\n"AAAA-0001","10,00",2027-06-30\n',
      [card(2, 'AAAA-0001', 1_000, '2027-06-30')],
    ],
    ['a byte order mark before the header', '\uFEFFcode;value\nAAAA-0001;5\n', [card(2, 'AAAA-0001', 500)]],
    [
      'Windows line endings',
      'code;value;expires_on\r\nAAAA-0001;10,00;\r\nAAAA-0002;10,00;2026-11-30\r\n',
      [card(2, 'AAAA-0001', 1_000), card(3, 'AAAA-0002', 1_000, '2026-11-30')],
    ],
    [
      'blank lines skipped, line numbers kept',
      '\ncode;value\n\nAAAA-0001;10\n   \nAAAA-0002;20\n\n',
      [card(4, 'AAAA-0001', 1_000), card(6, 'AAAA-0002', 2_000)],
    ],
    [
      'codes and cells trimmed, header in any case and order',
      ' Value ; CODE \n 12,34 ;  GIFT CODE 1  \n',
      [card(2, 'GIFT CODE 1', 1_234)],
    ],
    ['no expiry column at all', 'code;value\nAAAA-0001;1\n', [card(2, 'AAAA-0001', 100)]],
    ['thousands grouping', 'code;value\nAAAA-0001;1 000,00\n', [card(2, 'AAAA-0001', 100_000)]],
    ['a 64-character code', `code;value\n${'X'.repeat(64)};1\n`, [card(2, 'X'.repeat(64), 100)]],
  ])('%s', (_label, content, cards) => {
    expect(parse(content)).toEqual({ ok: true, cards, separator: expect.any(String) });
  });

  it('detects the separator from the header', () => {
    expect(parse('code;value\nAAAA;1')).toMatchObject({ ok: true, separator: ';' });
    expect(parse('code,value\nAAAA,1')).toMatchObject({ ok: true, separator: ',' });
  });

  it('reads values in the currency’s minor unit, never through a float', () => {
    // 0.1 + 0.2 and 1.005 are the classic float traps.
    expect(parse('code;value\nAAAA-1;0,30\nAAAA-2;1.10\nAAAA-3;19,99')).toMatchObject({
      ok: true,
      cards: [{ valueMinor: 30 }, { valueMinor: 110 }, { valueMinor: 1_999 }],
    });
    expect(parse('code;value\nAAAA-1;1000', 'JPY')).toMatchObject({
      ok: true,
      cards: [{ valueMinor: 1_000 }],
    });
  });
});

describe('an invalid stock file', () => {
  it.each<[string, string, StockFileError[]]>([
    ['empty', '', [{ line: 0, problem: 'empty' }]],
    ['only blank lines', '\n \r\n', [{ line: 0, problem: 'empty' }]],
    ['a header and no card', 'code;value;expires_on\n\n', [{ line: 0, problem: 'empty' }]],
    ['no header', 'AAAA-0001;10,00\n', [{ line: 1, problem: 'header' }]],
    ['an unknown column', 'code;value;brand\nAAAA;1;x', [{ line: 1, problem: 'header' }]],
    ['a column twice', 'code;value;code\nAAAA;1;AAAA', [{ line: 1, problem: 'header' }]],
    ['no value column', 'code;expires_on\nAAAA;2027-01-01', [{ line: 1, problem: 'header' }]],
    [
      'a decimal comma unquoted in a comma-separated file',
      'code,value\nAAAA-0001,10,00\n',
      [{ line: 2, problem: 'columns', detail: 2 }],
    ],
    [
      'a missing column',
      'code;value;expires_on\nAAAA-0001;10\n',
      [{ line: 2, problem: 'columns', detail: 3 }],
    ],
    ['a quote left open', 'code;value\n"AAAA-0001;10\n', [{ line: 2, problem: 'unclosedQuote' }]],
    ['a code too short', 'code;value\nABC;10\n', [{ line: 2, problem: 'codeLength' }]],
    ['a code too long', `code;value\n${'X'.repeat(65)};10\n`, [{ line: 2, problem: 'codeLength' }]],
    ['an empty code', 'code;value\n;10\n', [{ line: 2, problem: 'codeLength' }]],
    [
      'a control character in a code',
      'code;value\nAB\u0007CD;10\n',
      [{ line: 2, problem: 'codeCharacters' }],
    ],
    ['a non-ASCII code', 'code;value\nCADEAU-É1;10\n', [{ line: 2, problem: 'codeCharacters' }]],
    ['no value', 'code;value\nAAAA-0001;\n', [{ line: 2, problem: 'valueMissing' }]],
    ['a value that is not a number', 'code;value\nAAAA-0001;dix\n', [{ line: 2, problem: 'valueInvalid' }]],
    ['a value with a currency sign', 'code;value\nAAAA-0001;10 €\n', [{ line: 2, problem: 'valueInvalid' }]],
    ['a value with three decimals', 'code;value\nAAAA-0001;10,005\n', [{ line: 2, problem: 'valueInvalid' }]],
    ['a zero value', 'code;value\nAAAA-0001;0,00\n', [{ line: 2, problem: 'valueNotPositive' }]],
    ['a negative value', 'code;value\nAAAA-0001;-10\n', [{ line: 2, problem: 'valueNotPositive' }]],
    ['a value too large', 'code;value\nAAAA-0001;10000,01\n', [{ line: 2, problem: 'valueTooLarge' }]],
    [
      'a date in another format',
      'code;value;expires_on\nAAAA;1;30/06/2027\n',
      [{ line: 2, problem: 'dateInvalid' }],
    ],
    [
      'a date that does not exist',
      'code;value;expires_on\nAAAA;1;2027-02-30\n',
      [{ line: 2, problem: 'dateInvalid' }],
    ],
    ['a date in the past', 'code;value;expires_on\nAAAA;1;2026-11-29\n', [{ line: 2, problem: 'datePast' }]],
    [
      'a code twice in the file',
      'code;value\nAAAA-0001;10\nAAAA-0002;10\n\nAAAA-0001;20\n',
      [{ line: 5, problem: 'duplicate', detail: 2 }],
    ],
    [
      'several problems on several lines, each told once per cause',
      'code;value;expires_on\nOK-00001;10;\nABC;zéro;demain\nOK-00002;5;2020-01-01\n',
      [
        { line: 3, problem: 'codeLength' },
        { line: 3, problem: 'valueInvalid' },
        { line: 3, problem: 'dateInvalid' },
        { line: 4, problem: 'datePast' },
      ],
    ],
  ])('%s', (_label, content, errors) => {
    expect(parse(content)).toEqual({ ok: false, errors, errorCount: errors.length });
  });

  it('refuses more cards than allowed before reading any', () => {
    const lines = Array.from({ length: STOCK_FILE_CARDS_MAX + 1 }, (_, i) => `C-${i};x`);
    expect(parse(`code;value\n${lines.join('\n')}`)).toEqual({
      ok: false,
      errors: [{ line: 0, problem: 'tooManyCards' }],
      errorCount: 1,
    });
  });

  it('accepts exactly the maximum number of cards', () => {
    const lines = Array.from({ length: STOCK_FILE_CARDS_MAX }, (_, i) => `CODE-${i};10`);
    const result = parse(`code;value\n${lines.join('\n')}\n\n`);
    expect(result.ok && result.cards.length).toBe(STOCK_FILE_CARDS_MAX);
  });

  it('refuses a file larger than 1 MiB, counted in bytes', () => {
    // 'é' is two bytes: under the limit in characters, over it in bytes.
    const content = `code;value\n${'é'.repeat(STOCK_FILE_BYTES_MAX / 2)}`;
    expect(content.length).toBeLessThan(STOCK_FILE_BYTES_MAX);
    expect(parse(content)).toEqual({ ok: false, errors: [{ line: 0, problem: 'tooLarge' }], errorCount: 1 });
  });

  it('lists the first problems and counts them all', () => {
    const lines = Array.from({ length: 250 }, () => 'AB;10');
    const result = parse(`code;value\n${lines.join('\n')}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errorCount).toBe(250);
    expect(result.errors).toHaveLength(STOCK_FILE_ERRORS_SHOWN_MAX);
    expect(result.errors[0]).toEqual({ line: 2, problem: 'codeLength' });
  });
});

import { describe, expect, it } from 'vitest';
import { parsePipeCsv } from './parse-pipe-csv';

describe('parsePipeCsv', () => {
  it('splits a header and rows on pipes, keeping empty cells and line numbers', () => {
    expect(parsePipeCsv('a|b|c\n1||3\n\n4|5|6\n')).toEqual({
      header: { line: 1, cells: ['a', 'b', 'c'] },
      rows: [
        { line: 2, cells: ['1', '', '3'] },
        { line: 4, cells: ['4', '5', '6'] },
      ],
      problem: null,
    });
  });

  it.each([
    ['CRLF line ends', 'a|b\r\n1|2\r\n'],
    ['old Mac line ends', 'a|b\r1|2\r'],
    ['a byte-order mark', '\uFEFFa|b\n1|2'],
    ['no final line end', 'a|b\n1|2'],
  ])('reads %s', (_label, text) => {
    expect(parsePipeCsv(text)).toMatchObject({
      header: { cells: ['a', 'b'] },
      rows: [{ line: 2, cells: ['1', '2'] }],
    });
  });

  it('reads quoted cells with pipes, doubled quotes and line breaks, counting lines', () => {
    expect(parsePipeCsv('a|b\n"x|y"|"say ""hi""\nthere"\n3|4')).toEqual({
      header: { line: 1, cells: ['a', 'b'] },
      rows: [
        { line: 2, cells: ['x|y', 'say "hi"\nthere'] },
        { line: 4, cells: ['3', '4'] },
      ],
      problem: null,
    });
  });

  it('keeps a quote inside an unquoted cell as it is', () => {
    expect(parsePipeCsv('a\nsay "hi"').rows).toEqual([{ line: 2, cells: ['say "hi"'] }]);
  });

  it('stops at a quote that is never closed, keeping the rows before it', () => {
    expect(parsePipeCsv('a|b\n1|2\n3|"open\n5|6')).toEqual({
      header: { line: 1, cells: ['a', 'b'] },
      rows: [{ line: 2, cells: ['1', '2'] }],
      problem: 'line 3: a quoted field is never closed',
    });
  });

  it('has no header for an empty text', () => {
    expect(parsePipeCsv('')).toEqual({ header: null, rows: [], problem: null });
  });
});

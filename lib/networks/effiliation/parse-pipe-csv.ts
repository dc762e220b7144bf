// Effiliation's CSV export is pipe-delimited with a header row (networks.md
// §1.7; php-oara reads it with str_getcsv(…, "|"), so a field may be quoted
// with `"` and a quote doubled inside one). Rows keep their line number for
// issues ops can find in the file.

export type CsvRow = { line: number; cells: string[] };
export type PipeCsv = { header: CsvRow | null; rows: CsvRow[]; problem: string | null };

const DELIMITER = '|';
const QUOTE = '"';

/**
 * Splits the text into rows of cells. Blank lines are skipped. An unclosed
 * quote stops the reading: `problem` says where, and the rows before it stand.
 */
export function parsePipeCsv(text: string): PipeCsv {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let problem: string | null = null;

  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === QUOTE && source[i + 1] === QUOTE) {
        cell += QUOTE;
        i++;
      } else if (char === QUOTE) {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === QUOTE && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === DELIMITER) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) {
    problem = `line ${recordLine}: a quoted field is never closed`;
  } else {
    endRecord();
  }
  const [header = null, ...rows] = records;
  return { header, rows, problem };
}

import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Parsed } from '../../../domain/matching';

/** One data row of an export, with the line it starts on (as a spreadsheet numbers it: the header is 1). */
export interface CsvLine {
  line: number;
  /** The row by column name; `undefined` when the number of fields does not match the header. */
  row: Record<string, string> | undefined;
  fields: number;
}

/** The file itself is not CSV (an unclosed quote, a binary file): the import stops at that line. */
export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads an export as rows by header name: UTF-8 with or without byte order mark, quoted fields
 * allowed. `checkHeader` decides whether the header is the expected one; `onBytes` follows the
 * position in the file, for progress.
 */
export async function* readCsv(
  input: Readable,
  options: { delimiter: ',' | ';'; checkHeader: (header: string[]) => Parsed<void>; onBytes?: (bytes: number) => void },
): AsyncGenerator<CsvLine> {
  const parser = input.pipe(parse({ delimiter: options.delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      options.onBytes?.(info.bytes);
      if (!header) {
        header = record.map((h) => h.trim());
        const checked = options.checkHeader(header);
        if (!checked.ok) throw new CsvFileError(info.lines, checked.error);
        continue;
      }
      const columns = header;
      yield {
        line: info.lines,
        fields: record.length,
        row: record.length === columns.length ? Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) : undefined,
      };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
      throw new CsvFileError(line, `Het bestand is geen geldige CSV rond regel ${line}: ${dutchCsvError(error.code)}`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
  if (!header) throw new CsvFileError(1, 'Het bestand is leeg: er staat zelfs geen kopregel in.');
}

function dutchCsvError(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken (") wordt niet gesloten.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'een aanhalingsteken (") staat midden in een veld; zet het hele veld tussen aanhalingstekens en verdubbel het teken.';
    default:
      return 'het bestand kon niet worden gelezen. Sla het op als CSV (UTF-8).';
  }
}

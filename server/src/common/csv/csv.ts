import { CommonErrorReason } from '@living-lab/shared';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { BadUserInputError } from '../errors/domain-error';

/**
 * The one CSV writer of every export. Files open in spreadsheets as the screen shows them:
 * - `lang=id` (default): headers in Bahasa Indonesia, decimal comma ("3,05"), rates as "100%",
 *   and `;` between fields, which Excel expects on Indonesian settings;
 * - `lang=en`: English headers, decimal point ("3.05"), rates as "100%", and `,` between fields;
 * - `delimiter=semicolon|comma` overrides the language's default.
 * Numbers carry no thousands separator (so spreadsheets keep them numeric); days are ISO
 * (YYYY-MM-DD) and moments are Asia/Jakarta time (YYYY-MM-DD HH:mm). Every field is quoted, quotes
 * are doubled, the file starts with a UTF-8 BOM and lines end in CRLF. Text that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
export type CsvLanguage = 'id' | 'en';

export interface CsvFormat {
  language: CsvLanguage;
  delimiter: ',' | ';';
}

/** A figure formatted for the file's language; plain strings are user text and are neutralised. */
export type CsvCell =
  | string
  | number
  | null
  | undefined
  | { decimal: number | null; digits?: number }
  | { percent: number | null }
  | { day: Date | string | null }
  | { moment: Date | null };

export interface CsvColumn<Row> {
  header: Record<CsvLanguage, string>;
  value: (row: Row) => CsvCell;
}

const INTL_LOCALE: Record<CsvLanguage, string> = { id: 'id-ID', en: 'en-US' };
const FORMULA_START = /^[=+\-@\t\r]/;

/** Reads `?lang=` and `?delimiter=` of an export request; anything else is an input error. */
export function csvFormatOf(query: { lang?: unknown; delimiter?: unknown }): CsvFormat {
  const lang = query.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') {
    throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: 'lang', message: 'field.invalid' }] });
  }
  const delimiter = query.delimiter ?? (lang === 'id' ? 'semicolon' : 'comma');
  if (delimiter !== 'semicolon' && delimiter !== 'comma') {
    throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: 'delimiter', message: 'field.invalid' }] });
  }
  return { language: lang, delimiter: delimiter === 'semicolon' ? ';' : ',' };
}

export function formatCsvCell(cell: CsvCell, language: CsvLanguage): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return FORMULA_START.test(cell) ? `'${cell}` : cell;
  const locale = INTL_LOCALE[language];
  if (typeof cell === 'number') return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(cell);
  if ('decimal' in cell) {
    if (cell.decimal === null) return '';
    const digits = cell.digits ?? 2;
    return new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      cell.decimal,
    );
  }
  if ('percent' in cell) {
    if (cell.percent === null) return '';
    return new Intl.NumberFormat(locale, { style: 'percent', useGrouping: false, maximumFractionDigits: 0 }).format(cell.percent);
  }
  if ('day' in cell) {
    if (cell.day === null) return '';
    return typeof cell.day === 'string' ? cell.day.slice(0, 10) : jakarta(cell.day).slice(0, 10);
  }
  return cell.moment === null ? '' : jakarta(cell.moment);
}

/** YYYY-MM-DD HH:mm in Asia/Jakarta (UTC+7 all year). */
function jakarta(moment: Date): string {
  return new Date(moment.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function writeCsv<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[], format: CsvFormat): string {
  const records = [
    columns.map((column) => column.header[format.language]),
    ...rows.map((row) => columns.map((column) => formatCsvCell(column.value(row), format.language))),
  ];
  return stringify(records, { bom: true, delimiter: format.delimiter, quoted: true, quoted_empty: true, record_delimiter: 'windows' });
}

/** Sends a CSV as a download named `fileName` (ASCII only). */
export function sendCsv(response: Response, fileName: string, csv: string): void {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
  response.setHeader('Cache-Control', 'no-store');
  response.send(csv);
}

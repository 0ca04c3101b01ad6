import { csvFormatOf, formatCsvCell, writeCsv } from './csv';

describe('csv writer', () => {
  const columns = [
    { header: { id: 'Nama', en: 'Name' }, value: (row: { name: string; index: number; rate: number }) => row.name },
    { header: { id: 'Indeks', en: 'Index' }, value: (row: { index: number }) => ({ decimal: row.index }) },
    { header: { id: 'Tingkat', en: 'Rate' }, value: (row: { rate: number }) => ({ percent: row.rate }) },
  ];
  const rows = [{ name: 'Siti "Ina"\nPutri', index: 3.05, rate: 1 }];

  it('writes Indonesian files with a BOM, semicolons, decimal commas and percentages', () => {
    const csv = writeCsv(columns, rows, csvFormatOf({}));
    expect(csv).toBe('\uFEFF"Nama";"Indeks";"Tingkat"\r\n"Siti ""Ina""\nPutri";"3,05";"100%"\r\n');
  });

  it('writes English files with commas and decimal points, or semicolons when asked', () => {
    expect(writeCsv(columns, rows, csvFormatOf({ lang: 'en' }))).toBe(
      '\uFEFF"Name","Index","Rate"\r\n"Siti ""Ina""\nPutri","3.05","100%"\r\n',
    );
    expect(csvFormatOf({ lang: 'en', delimiter: 'semicolon' }).delimiter).toBe(';');
    expect(csvFormatOf({ lang: 'id', delimiter: 'comma' }).delimiter).toBe(',');
  });

  it('neutralises formulas in text, not in figures', () => {
    for (const text of ['=1+1', '+62', '-x', '@SUM(A1)', '\tx']) expect(formatCsvCell(text, 'id')).toBe(`'${text}`);
    expect(formatCsvCell('a=b', 'id')).toBe('a=b');
    expect(formatCsvCell({ decimal: -0.5, digits: 1 }, 'id')).toBe('-0,5');
  });

  it('formats days and Jakarta times', () => {
    expect(formatCsvCell({ moment: new Date('2026-01-31T18:30:00Z') }, 'en')).toBe('2026-02-01 01:30');
    expect(formatCsvCell({ day: '2026-03-04' }, 'id')).toBe('2026-03-04');
    expect(formatCsvCell(null, 'id')).toBe('');
  });

  it('refuses unknown languages and delimiters', () => {
    expect(() => csvFormatOf({ lang: 'fr' })).toThrow('INVALID_INPUT');
    expect(() => csvFormatOf({ delimiter: 'tab' })).toThrow('INVALID_INPUT');
  });
});

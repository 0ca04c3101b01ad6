import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RegionKind } from './region.entity';
import { displayRegionName } from './region-names';

/**
 * Reads provinces and kabupaten/kota from the CSV files that the npm package `idn-area-data` ships
 * (Kemendagri codes). The package's own loader is an ES module; its CSVs are plain (no quoting), so
 * reading them directly keeps this CommonJS server free of an ESM bridge.
 */
export interface RegionRecord {
  code: string;
  name: string;
  officialName: string;
  kind: RegionKind;
  provinceCode: string | null;
}

function readCsv(file: string): string[][] {
  const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const [header, ...rows] = readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    if (cells.length !== columns.length) throw new Error(`Unexpected row in idn-area-data ${file}: ${row}`);
    return cells;
  });
}

export function loadRegionRecords(): RegionRecord[] {
  const provinces = readCsv('provinces.csv').map(([code, officialName]) => ({
    code,
    officialName,
    name: displayRegionName(officialName),
    kind: RegionKind.PROVINCE,
    provinceCode: null,
  }));
  const regencies = readCsv('regencies.csv').map(([code, provinceCode, officialName]) => ({
    code,
    officialName,
    name: displayRegionName(officialName),
    kind: officialName.startsWith('KOTA ') ? RegionKind.CITY : RegionKind.REGENCY,
    provinceCode,
  }));
  return [...provinces, ...regencies];
}

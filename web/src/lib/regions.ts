import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const DEFAULT_PROVINCE_CODE = '32'; // Jawa Barat

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      name
      kind
    }
  }
`);

export const RegionsOfProvinceQuery = graphql(`
  query RegionsOfProvince($provinceCode: String!) {
    regionsOfProvince(provinceCode: $provinceCode) {
      code
      name
      kind
      provinceCode
    }
  }
`);

/** "32.11" -> "32"; "32" -> "32". */
export function provinceOf(regionCode: string): string {
  return regionCode.split('.')[0] ?? regionCode;
}

/** "Kabupaten Sumedang", or "Pemerintah Provinsi Jawa Barat" for a province. */
export function regionLabel(
  region: { name: string; kind: string } | null | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  // No region: an account waiting for a coordinator to approve its first.
  if (!region) return t('regions:region.none');
  return region.kind === 'PROVINCE' ? t('regions:region.provinceGovernment', { name: region.name }) : region.name;
}

/** The regions the signed-in coordinator coordinates (a province covers its kabupaten/kota). */
export const MyCoordinatedRegionsQuery = graphql(`
  query MyCoordinatedRegions {
    me {
      id
      coordinatedRegions {
        code
        name
        kind
      }
    }
  }
`);

/** The province whose figures the user sees by default: their region's province (Jawa Barat when signed out). */
export function homeProvince(user: { regionCode: string | null; region?: { provinceCode?: string | null } | null } | null): string {
  if (!user?.regionCode) return DEFAULT_PROVINCE_CODE;
  return user.region?.provinceCode ?? provinceOf(user.regionCode);
}

/** One region by its code, for headings that name it (the API knows every region's name). */
export const RegionNameQuery = graphql(`
  query RegionName($code: String!) {
    region(code: $code) {
      code
      name
      kind
    }
  }
`);

/**
 * The name of a region ("Kabupaten Kuningan", "Jawa Tengah") for a heading, or undefined while it
 * loads or when the code names no region: headings never show a bare code.
 */
export function useRegionName(code: string, { skip = false }: { skip?: boolean } = {}): string | undefined {
  const { data } = useQuery(RegionNameQuery, { variables: { code }, skip: skip || !code, fetchPolicy: 'cache-first' });
  return data?.region?.name ?? undefined;
}

import { FrameworkIndicatorsQuery, FrameworksQuery, SpbeIndicatorsQuery } from '../../lib/spbe';

/** Test data shaped as the server returns it (with __typename). Not bundled: only tests import it. */
export const LESSON_KEYS = ['6f1d4a52-8c1e-4b7a-9d55-0a3b2c1d4e01', '6f1d4a52-8c1e-4b7a-9d55-0a3b2c1d4e02'] as const;

export function moduleRevision(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ContentRevision' as const,
    id: 'rev-1',
    number: 1,
    status: 'DRAFT',
    version: 4,
    title: 'Tanda tangan elektronik',
    summary: 'Cara menerapkan TTE di perangkat daerah.',
    level: 'BEGINNER',
    estimatedMinutes: 30,
    language: 'id',
    publishedAt: null,
    updatedAt: '2026-03-01T02:00:00.000Z',
    submittedAt: null,
    indicators: [
      {
        __typename: 'SpbeIndicator' as const,
        frameworkCode: 'PERMENPANRB-59-2020',
        code: 'I01',
        name: 'Kebijakan Internal Arsitektur SPBE',
      },
    ],
    lessons: [
      { __typename: 'Lesson' as const, key: LESSON_KEYS[0], position: 1, title: 'Dasar hukum', body: 'PP 71/2019.' },
      { __typename: 'Lesson' as const, key: LESSON_KEYS[1], position: 2, title: 'Sertifikat', body: 'Ajukan ke BSrE.' },
    ],
    caseStudy: null,
    playbook: null,
    ...overrides,
  };
}

export const frameworkMock = {
  request: { query: SpbeIndicatorsQuery },
  result: {
    data: {
      spbeFramework: {
        __typename: 'SpbeFramework' as const,
        code: 'PERMENPANRB-59-2020',
        domains: [
          {
            __typename: 'SpbeDomain' as const,
            code: 'D1',
            number: 1,
            name: 'Kebijakan Internal SPBE',
            aspects: [
              {
                __typename: 'SpbeAspect' as const,
                code: 'A1',
                number: 1,
                name: 'Kebijakan Tata Kelola SPBE',
                indicators: [
                  { __typename: 'SpbeIndicator' as const, id: 1, code: 'I01', number: 1, name: 'Kebijakan Internal Arsitektur SPBE' },
                  { __typename: 'SpbeIndicator' as const, id: 2, code: 'I02', number: 2, name: 'Kebijakan Internal Peta Rencana SPBE' },
                ],
              },
            ],
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

export const PEMDI = 'PERMENPANRB-8-2026';
export const SPBE_59 = 'PERMENPANRB-59-2020';

/** The frameworks content can be tagged with (FrameworksQuery). */
export const frameworksMock = {
  request: { query: FrameworksQuery },
  result: {
    data: {
      spbeFrameworks: [
        {
          __typename: 'SpbeFramework' as const,
          code: PEMDI,
          name: 'Indeks Pemerintah Digital (PermenPANRB Nomor 8 Tahun 2026)',
          validFrom: 2026,
          validTo: null,
        },
        {
          __typename: 'SpbeFramework' as const,
          code: SPBE_59,
          name: 'Evaluasi SPBE (PermenPANRB Nomor 59 Tahun 2020)',
          validFrom: 2021,
          validTo: 2025,
        },
      ],
    },
  },
  maxUsageCount: 10,
};

const pemdiTree = {
  __typename: 'SpbeFramework' as const,
  code: PEMDI,
  name: 'Indeks Pemerintah Digital (PermenPANRB Nomor 8 Tahun 2026)',
  domains: [],
  aspects: [
    {
      __typename: 'SpbeAspect' as const,
      code: 'A3',
      number: 3,
      name: 'Data',
      indicators: [
        { __typename: 'SpbeIndicator' as const, id: 105, code: 'I05', number: 5, name: 'Tingkat Kematangan Tata Kelola Data' },
        {
          __typename: 'SpbeIndicator' as const,
          id: 106,
          code: 'I06',
          number: 6,
          name: 'Tingkat Kematangan Penyelenggaraan Informasi Geospasial',
        },
      ],
    },
  ],
};

const spbeTree = {
  __typename: 'SpbeFramework' as const,
  code: SPBE_59,
  name: 'Evaluasi SPBE (PermenPANRB Nomor 59 Tahun 2020)',
  domains: [
    {
      __typename: 'SpbeDomain' as const,
      code: 'D1',
      number: 1,
      name: 'Kebijakan Internal',
      aspects: [{ __typename: 'SpbeAspect' as const, code: 'A1' }],
    },
  ],
  aspects: [
    {
      __typename: 'SpbeAspect' as const,
      code: 'A1',
      number: 1,
      name: 'Kebijakan Internal Tata Kelola SPBE',
      indicators: [
        { __typename: 'SpbeIndicator' as const, id: 1, code: 'I01', number: 1, name: 'Kebijakan Internal Arsitektur SPBE' },
        { __typename: 'SpbeIndicator' as const, id: 2, code: 'I02', number: 2, name: 'Kebijakan Internal Peta Rencana SPBE' },
      ],
    },
  ],
};

/** One framework's indicators (FrameworkIndicatorsQuery): by code, or the one in force (Pemdi) without. */
export function frameworkIndicatorsMock(code?: string) {
  return {
    request: { query: FrameworkIndicatorsQuery, variables: code ? { code } : {} },
    result: { data: { spbeFramework: code === SPBE_59 ? spbeTree : pemdiTree } },
    maxUsageCount: 10,
  };
}

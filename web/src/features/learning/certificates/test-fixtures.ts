/** Test data shaped as the server returns it. Not bundled: only tests import it. */
export const verification = {
  __typename: 'CertificateVerification' as const,
  code: 'LL-7K2M9Q',
  recipientName: 'Siti Rahma',
  title: 'Pengantar SPBE dan Indeks SPBE',
  kind: 'MODULE',
  issuedAt: '2026-03-02T17:30:00.000Z',
  issuer: 'Living Lab Kabupaten Sumedang',
  criteria: [
    {
      __typename: 'CertificateModuleCriteria' as const,
      title: 'Pengantar SPBE dan Indeks SPBE',
      lessonCount: 5,
      quizPassMarkPercents: [70],
    },
  ],
  valid: true,
};

export const ownCredential = {
  __typename: 'CertificateCredential' as const,
  code: 'LL-7K2M9Q',
  json: JSON.stringify({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
  }),
  jwt: 'eyJhbGciOiJFZERTQSJ9.eyJ0eXBlIjpbIlZlcmlmaWFibGVDcmVkZW50aWFsIl19.c2lnbmF0dXJl',
};

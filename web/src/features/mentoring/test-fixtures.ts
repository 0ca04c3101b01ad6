/** Test data shaped as the server returns it (with __typename). Not bundled: only tests import it. */

export const mentorPerson = { __typename: 'Person' as const, id: 'u-mentor', fullName: 'Dedi Mulyadi', agency: 'Diskominfo Sumedang' };
export const menteePerson = { __typename: 'Person' as const, id: 'u-asn', fullName: 'Asep Bandung', agency: 'Diskominfo Kab. Bandung' };

export const ICS_TEXT = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Mentoring\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

export function sessionFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MentoringSession' as const,
    id: 's1',
    pairId: 'p1',
    startsAt: '2025-03-10T03:00:00.000Z',
    durationMinutes: 60,
    onlineUrl: 'https://meet.example.id/spbe',
    place: null,
    agenda: 'Membahas arsitektur SPBE',
    status: 'SCHEDULED',
    cancelReason: null,
    sequence: 0,
    version: 1,
    notes: null,
    actionItems: [],
    feedback: [],
    ics: ICS_TEXT,
    ...overrides,
  };
}

export function pairFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MentoringPair' as const,
    id: 'p1',
    menteeKind: 'REGION_TEAM',
    status: 'ACTIVE',
    goals: 'Menaikkan indeks SPBE domain layanan.',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    version: 1,
    capacityOverrideReason: null,
    endReason: null,
    mentor: mentorPerson,
    members: [menteePerson],
    region: { __typename: 'Region' as const, code: '32.04', name: 'Kabupaten Bandung', kind: 'REGENCY' },
    playbook: null,
    indicators: [{ __typename: 'SpbeIndicator' as const, code: 'I19', name: 'Layanan Naskah Dinas' }],
    sessions: [sessionFixture()],
    ...overrides,
  };
}

/** A MockLink variables matcher that accepts any variables and records them, to assert what was sent. */
export function recordInto(sent: jest.Mock) {
  return (variables: unknown) => {
    sent(variables);
    return true;
  };
}

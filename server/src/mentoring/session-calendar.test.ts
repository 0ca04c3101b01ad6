import type { MentoringSession } from './mentoring-session.entity';
import { sessionsCalendar } from './session-calendar';

const session = (id: string) =>
  ({
    id,
    startsAt: new Date('2026-03-02T02:00:00Z'),
    durationMinutes: 60,
    sequence: 0,
    updatedAt: new Date('2026-03-01T00:00:00Z'),
    place: null,
    onlineUrl: 'https://meet.example.id/abc',
    status: 'SCHEDULED',
    agenda: 'Agenda',
  }) as unknown as MentoringSession;

const entry = (id: string) => ({
  session: session(id),
  summary: 'Mentoring Living Lab dengan Ahmad',
  description: 'Baris satu\nbaris dua, dengan teks yang cukup panjang untuk dilipat oleh ical-generator pada 75 oktet.',
});

describe('sessionsCalendar', () => {
  it('names every UID <session id>@<PUBLIC_URL host>, whatever the port or path', () => {
    const ics = sessionsCalendar('Living Lab', [entry('s-1'), entry('s-2')], 'https://livinglab.example.go.id:8443');
    expect(ics.match(/^UID:.*$/gm)?.map((line) => line.trim())).toEqual([
      'UID:s-1@livinglab.example.go.id',
      'UID:s-2@livinglab.example.go.id',
    ]);
  });

  it('ends every content line with CRLF, the last one too (RFC 5545 3.1)', () => {
    for (const entries of [[], [entry('s-1')], [entry('s-1'), entry('s-2')]]) {
      const ics = sessionsCalendar('Living Lab', entries, 'http://localhost:3000');
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(ics.endsWith('\r\n\r\n')).toBe(false);
      expect(/[^\r]\n|\r[^\n]|\r$/.test(ics)).toBe(false);
      expect(
        ics
          .split('\r\n')
          .slice(0, -1)
          .every((line) => line.length > 0),
      ).toBe(true);
    }
  });
});

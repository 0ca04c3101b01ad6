import { TZDate } from '@date-fns/tz';
import icalGenerator, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MentoringSession } from './mentoring-session.entity';

/**
 * iCalendar (RFC 5545) for mentoring sessions, with ical-generator: a stable UID per session
 * (`<session id>@<PUBLIC_URL's host>`, never the request's Host header, so every URL gives the same UID),
 * DTSTAMP, times in Asia/Jakarta (WIB), SEQUENCE bumped on every reschedule or cancellation, and
 * STATUS:CANCELLED for a cancelled session, so calendar apps update the event instead of duplicating it.
 */
export interface CalendarEntry {
  session: MentoringSession;
  summary: string;
  description: string;
}

/** WIB has been UTC+7 without daylight saving since 1964, so one STANDARD block describes it fully. */
const WIB_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Jakarta',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:WIB',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** `publicUrl`: the configured PUBLIC_URL; its host name is the UIDs' domain. */
export function sessionsCalendar(name: string, entries: CalendarEntry[], publicUrl: string): string {
  const host = new URL(publicUrl).hostname;
  const calendar = icalGenerator({
    name,
    prodId: { company: 'Living Lab Sumedang', product: 'mentoring', language: 'ID' },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const { session, summary, description } of entries) {
    // TZDate carries its zone, so ical-generator writes DTSTART;TZID=Asia/Jakarta with the WIB wall time.
    const start = new TZDate(session.startsAt.getTime(), 'Asia/Jakarta');
    const end = new TZDate(session.startsAt.getTime() + session.durationMinutes * 60_000, 'Asia/Jakarta');
    calendar.createEvent({
      id: `${session.id}@${host}`,
      sequence: session.sequence,
      stamp: session.updatedAt,
      start,
      end,
      timezone: 'Asia/Jakarta',
      summary,
      description,
      location: session.place ?? session.onlineUrl ?? undefined,
      url: session.onlineUrl ?? undefined,
      status: session.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // The VTIMEZONE goes in by hand: ical-generator's calendar-wide timezone would also write DTSTAMP
  // as local time, which RFC 5545 forbids (DTSTAMP is UTC).
  const text = calendar.toString().replace(/(BEGIN:VEVENT|END:VCALENDAR)/, `${WIB_VTIMEZONE}\r\n$1`);
  // RFC 5545 3.1: every content line ends with CRLF, the last one too; ical-generator (10.x) omits the last.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

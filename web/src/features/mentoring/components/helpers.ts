import { useEffect, useRef, useState } from 'react';

/** The query parameter of the coordinator's chosen region (as on /koordinasi/peserta). */
export const REGION_PARAM = 'wilayah';

/** "Budi Santoso, Sari Dewi": the mentee (or the region team's members). */
export function menteeNames(pair: { members: ReadonlyArray<{ fullName: string }> }): string {
  return pair.members.map((member) => member.fullName).join(', ');
}

/** The current time, refreshed every `everyMs` so that, e.g., "Catat hasil sesi" appears once a session starts. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Focuses the element once it is shown (a form opened by a button starts at its first field). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** The end of a session, in ms since the epoch. */
export function sessionEnd(session: { startsAt: string; durationMinutes: number }): number {
  return new Date(session.startsAt).getTime() + session.durationMinutes * 60_000;
}

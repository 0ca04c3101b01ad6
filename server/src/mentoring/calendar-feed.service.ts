import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { User } from '../users/user.entity';
import { CalendarFeed, type MentoringSession } from './mentoring-session.entity';
import { sessionsCalendar } from './session-calendar';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Private calendar feeds: a secret token in the URL (calendar apps cannot send a bearer token). Only
 * its hash is stored; creating a new feed revokes the old URL; revoking removes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(private readonly dataSource: DataSource) {}

  async create(user: User, publicUrl: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [user.id, hash(token)],
    );
    return `${publicUrl}/calendar/${token}.ics`;
  }

  async revoke(user: User): Promise<boolean> {
    const result = await this.dataSource.getRepository(CalendarFeed).delete({ userId: user.id });
    return (result.affected ?? 0) > 0;
  }

  /** The feed for a token, or undefined for an unknown or revoked one: sessions of the last 90 days and all future ones. */
  async feed(token: string, host: string): Promise<string | undefined> {
    if (!/^[\w-]{20,100}$/.test(token)) return undefined;
    const [owner] = await this.dataSource.query('SELECT user_id FROM calendar_feeds WHERE token_hash = $1', [hash(token)]);
    if (!owner) return undefined;
    const sessions: Array<MentoringSession & { mentor_name: string }> = await this.dataSource.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.online_url AS "onlineUrl", s.place,
              s.agenda, s.status, s.sequence, s.updated_at AS "updatedAt", u.full_name AS mentor_name
       FROM mentoring_session_participants p
       JOIN mentoring_sessions s ON s.id = p.session_id
       JOIN mentoring_pairs mp ON mp.id = s.pair_id JOIN users u ON u.id = mp.mentor_id
       WHERE p.user_id = $1 AND s.starts_at > now() - interval '90 days'
       ORDER BY s.starts_at`,
      [owner.user_id],
    );
    return sessionsCalendar(
      'Living Lab: mentoring',
      sessions.map((session) => ({
        session,
        summary: `Mentoring Living Lab dengan ${session.mentor_name}`,
        description: session.agenda,
      })),
      host,
    );
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type User, UsersService } from '../users';
import { CalendarFeed, type MentoringSession } from './mentoring-session.entity';
import { sessionsCalendar } from './session-calendar';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Private calendar feeds: a secret token in the URL (calendar apps cannot send a bearer token). Only
 * its hash is stored; creating a new feed revokes the old URL; revoking removes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeed) private readonly feeds: Repository<CalendarFeed>,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(user: User, publicUrl: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.feeds.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [user.id, hash(token)],
    );
    return `${publicUrl}/calendar/${token}.ics`;
  }

  async revoke(user: User): Promise<boolean> {
    const result = await this.feeds.delete({ userId: user.id });
    return (result.affected ?? 0) > 0;
  }

  /** The feed for a token, or undefined for an unknown or revoked one: sessions of the last 90 days and all future ones. */
  async feed(token: string): Promise<string | undefined> {
    if (!/^[\w-]{20,100}$/.test(token)) return undefined;
    const owner = await this.feeds.findOneBy({ tokenHash: hash(token) });
    if (!owner) return undefined;
    const sessions: Array<MentoringSession & { mentorId: string }> = await this.feeds.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.online_url AS "onlineUrl", s.place,
              s.agenda, s.status, s.sequence, s.updated_at AS "updatedAt", mp.mentor_id AS "mentorId"
       FROM mentoring_session_participants p
       JOIN mentoring_sessions s ON s.id = p.session_id
       JOIN mentoring_pairs mp ON mp.id = s.pair_id
       WHERE p.user_id = $1 AND s.starts_at > now() - interval '90 days'
       ORDER BY s.starts_at`,
      [owner.userId],
    );
    const mentors = await this.users.findByIds([...new Set(sessions.map((session) => session.mentorId))]);
    const nameOf = new Map(mentors.flatMap((mentor) => (mentor ? [[mentor.id, mentor.fullName] as const] : [])));
    return sessionsCalendar(
      'Living Lab: mentoring',
      sessions.map((session) => ({
        session,
        summary: `Mentoring Living Lab dengan ${nameOf.get(session.mentorId) ?? 'mentor'}`,
        description: session.agenda,
      })),
      this.config.publicUrl,
    );
  }
}

import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PasswordHasher } from '../src/auth/password-hasher';
import { AGGREGATE_RECOUNT_SQL, LAST_ACTIVE_DAYS_RECOUNT_SQL, PEOPLE_RECOUNT_SQL, verifyAggregates } from './aggregates';
import { databaseFor, randomSecret, recreateDatabase, startBenchCluster, startLivingLab } from './bench-database';
import { Random } from './random';

/**
 * The national data set: `npm run bench:seed -- --learners N [--seed S] [--content-items C] [--triggers]`.
 * Learners over all 552 regions (half of them in West Java: its 27 kabupaten/kota and the province),
 * about 4.4 enrolments and 20 lesson completions each, quiz attempts, certificates, mentoring pairs
 * with sessions and action items, SPBE self-assessments and playbook adoptions. The schema is the
 * real one: Living Lab itself runs its migrations and seeds the reference data and shipped content
 * first. Rows go in with COPY (pg-copy-streams), learner by learner in chunks; the same seed gives the
 * same rows (only the ids PostgreSQL generates for the shipped content and its copies differ). By default the COPY session runs with `session_replication_role = replica` (no triggers,
 * no foreign-key checks: several times faster) and the aggregate tables are then recomputed in one
 * statement each; `--triggers` lets the triggers and foreign keys run row by row instead. Either way
 * region_stats and region_monthly_stats are checked against a recount at the end.
 */
export const BENCH_PASSWORD = 'bench-password-1';
/** Bumped when the generated data changes, so `npm run bench` seeds anew instead of reusing. */
export const DATA_FORMAT = 3;

export interface SeedOptions {
  learners: number;
  seed: number;
  /** Published catalogue items after seeding (the shipped ones plus copies with a distinct title word). */
  contentItems: number;
  /** Let the aggregate triggers and foreign keys run during COPY (slower; what production writes do). */
  triggers: boolean;
  progress: boolean;
  log?: (line: string) => void;
}

export interface SeedReport {
  rows: Record<string, number>;
  totalRows: number;
  copySeconds: number;
  rowsPerSecond: number;
  aggregateSeconds: number;
  totalSeconds: number;
  databaseBytes: number;
}

interface Module {
  id: string;
  title: string;
  lessonKeys: string[];
  quiz?: { id: string; passMark: number; questions: string };
  weight: number;
}

interface RegionRow {
  code: string;
  province_code: string | null;
}

const WEST_JAVA = '32';
const CHUNK = 2_000;
const DAY_MS = 86_400_000;

export async function seedBenchData(databaseUrl: string, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const random = new Random(options.seed);
  const db = new Client({ connectionString: databaseUrl, application_name: 'living-lab-bench-seed' });
  await db.connect();
  const rows: Record<string, number> = {};
  try {
    // Bench data is not precious: no WAL flush per COPY.
    await db.query('SET synchronous_commit = off');
    if (!options.triggers) await db.query('SET session_replication_role = replica');

    const now = Date.now();
    const regions = (await db.query<RegionRow>('SELECT code, province_code FROM regions ORDER BY code')).rows;
    if (regions.length === 0) throw new Error('No regions: Living Lab has not seeded the reference data');
    const westJava = regions.filter((region) => region.code === WEST_JAVA || region.province_code === WEST_JAVA);
    const elsewhere = regions.filter((region) => !westJava.includes(region));
    const westJavaKabKota = westJava.filter((region) => region.province_code === WEST_JAVA);
    const provinces = regions.filter((region) => region.province_code === null);

    // Accounts are verified where the schema has that column (added by e-mail verification).
    const verified =
      (await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'email_verified_at'"))
        .rowCount === 1;
    // Verified when they joined (created_at is the row's ninth value).
    const copyUsers = (list: string[][]) =>
      copyRows(
        db,
        'users',
        verified ? [...USER_COLUMNS, 'email_verified_at'] : USER_COLUMNS,
        verified ? list.map((row) => [...row, row[8]]) : list,
      );
    const hash = await new PasswordHasher().hash(BENCH_PASSWORD);
    const adminId = random.uuid();
    await copyUsers([userRow(adminId, 'admin@bench.id', 'Admin Bench', null, WEST_JAVA, '{LEARNER,ADMIN}', hash, now, now)]);
    rows.users = 1;

    await expandCatalogue(db, options.contentItems, adminId);
    const modules = await loadModules(db);
    const playbooks = (
      await db.query<{ id: string; step_keys: string[] }>(
        `SELECT i.id, array(SELECT s->>'key' FROM jsonb_array_elements(r.body->'steps') s) AS step_keys
         FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id WHERE i.type = 'PLAYBOOK'
         ORDER BY i.slug IS NULL, i.created_at, i.id LIMIT 12`,
      )
    ).rows;
    log(
      `Catalogue: ${modules.length} published modules (${modules.filter((m) => m.quiz).length} with a quiz); ${playbooks.length} playbooks to adopt`,
    );

    const totalWeight = modules.reduce((sum, module) => sum + module.weight, 0);
    const pickModule = () => {
      let target = random.next() * totalWeight;
      for (const module of modules) {
        target -= module.weight;
        if (target <= 0) return module;
      }
      return modules[modules.length - 1];
    };

    // Per region, the learners and mentors (for pairs later).
    const learnersByRegion = new Map<string, string[]>();
    const mentorsByRegion = new Map<string, string[]>();
    const coordinatorRows: string[][] = [];
    const bar = options.progress
      ? new SingleBar({ format: 'learners {bar} {value}/{total} | {rows} rows | {rate} rows/s | {duration}s' })
      : undefined;
    bar?.start(options.learners, 0, { rows: 0, rate: 0 });
    const copyStart = performance.now();
    let copiedRows = 0;

    for (let first = 0; first < options.learners; first += CHUNK) {
      const batch = {
        users: [] as string[][],
        enrolments: [] as string[][],
        completions: [] as string[][],
        attempts: [] as string[][],
        certificates: [] as string[][],
      };
      const last = Math.min(options.learners, first + CHUNK);
      for (let n = first + 1; n <= last; n++) {
        const region = random.next() < 0.5 ? random.pick(westJava) : random.pick(elsewhere);
        const id = random.uuid();
        const createdAt = now - random.int(30, 720) * DAY_MS;
        const active = random.next() < 0.5 ? now - random.int(0, 60) * DAY_MS - random.int(0, DAY_MS) : null;
        const mentor = n % 100 === 0;
        batch.users.push(
          userRow(
            id,
            `asn${n}@bench.id`,
            `ASN ${n}`,
            n % 3 === 0 ? String(199_000_000_000_000_000n + BigInt(n)) : null,
            region.code,
            mentor ? '{LEARNER,MENTOR}' : '{LEARNER}',
            hash,
            createdAt,
            active,
          ),
        );
        push(learnersByRegion, region.code, id);
        if (mentor) push(mentorsByRegion, region.code, id);

        // About 4.4 modules each, popular ones more often; about 20 lesson completions in all.
        const enrolCount = Math.max(1, Math.min(modules.length, Math.round(random.normal(4.4, 1.6))));
        const chosen = new Set<Module>();
        while (chosen.size < enrolCount) chosen.add(pickModule());
        for (const module of chosen) {
          const enrolledAt = Math.max(createdAt, now - random.int(0, 365) * DAY_MS - random.int(0, DAY_MS));
          const lessons = module.lessonKeys.length;
          // Most read every lesson (about 20 lesson completions per learner); the others stop along the way.
          const finishing = random.next() < 0.85;
          const done = finishing ? lessons : random.int(0, Math.max(0, lessons - 1));
          let at = enrolledAt;
          for (let index = 0; index < done; index++) {
            at = Math.min(now, at + random.int(600_000, 3 * DAY_MS));
            batch.completions.push([id, module.id, module.lessonKeys[index], iso(at)]);
          }
          let passed = !module.quiz;
          // About half of those who read every lesson take the quiz (once or twice); nine in ten pass.
          if (module.quiz && done === lessons && random.next() < 0.55) {
            const attempts = random.next() < 0.3 ? 2 : 1;
            for (let number = 1; number <= attempts; number++) {
              const ok = number === attempts && random.next() < 0.9;
              const score = ok ? random.int(module.quiz.passMark, 100) : random.int(20, Math.max(20, module.quiz.passMark - 1));
              at = Math.min(now, at + random.int(60_000, DAY_MS));
              batch.attempts.push([
                random.uuid(),
                module.quiz.id,
                id,
                module.quiz.questions,
                String(module.quiz.passMark),
                '[]',
                String(score),
                ok ? 't' : 'f',
                iso(at - 600_000),
                iso(at),
                String(number),
              ]);
              passed = ok;
            }
          }
          const completedAt = done === lessons && passed ? at : null;
          batch.enrolments.push([
            random.uuid(),
            id,
            module.id,
            iso(enrolledAt),
            done > 0 ? module.lessonKeys[done - 1] : '\\N',
            completedAt === null ? '\\N' : iso(completedAt),
            iso(Math.max(enrolledAt, at)),
            region.code,
          ]);
          if (completedAt !== null) {
            batch.certificates.push([
              random.uuid(),
              random.code(),
              'MODULE',
              id,
              module.id,
              '\\N',
              `ASN ${n}`,
              module.title,
              iso(completedAt),
            ]);
          }
        }
      }
      await copyUsers(batch.users);
      await copyRows(
        db,
        'enrolments',
        ['id', 'user_id', 'item_id', 'enrolled_at', 'last_lesson_key', 'completed_at', 'updated_at', 'region_code'],
        batch.enrolments,
      );
      await copyRows(db, 'lesson_completions', ['user_id', 'item_id', 'lesson_key', 'completed_at'], batch.completions);
      await copyRows(db, 'quiz_attempts', ATTEMPT_COLUMNS, batch.attempts);
      await copyRows(db, 'certificates', CERTIFICATE_COLUMNS, batch.certificates);
      for (const [table, list] of Object.entries(batch)) {
        const name = table === 'completions' ? 'lesson_completions' : table === 'attempts' ? 'quiz_attempts' : table;
        rows[name] = (rows[name] ?? 0) + list.length;
        copiedRows += list.length;
      }
      const seconds = (performance.now() - copyStart) / 1000;
      bar?.update(last, { rows: copiedRows, rate: Math.round(copiedRows / seconds) });
    }
    bar?.stop();

    // Coordinators: two per West Java kabupaten/kota, one per province (who sees all its kab/kota).
    const coordinatorUsers: string[][] = [];
    const coordinated = [...westJavaKabKota, ...westJavaKabKota, ...provinces];
    coordinated.forEach((region, index) => {
      const id = random.uuid();
      coordinatorUsers.push(
        userRow(
          id,
          `koordinator${index + 1}@bench.id`,
          `Koordinator ${index + 1}`,
          null,
          region.code,
          '{LEARNER,COORDINATOR}',
          hash,
          now - 400 * DAY_MS,
          now - DAY_MS,
        ),
      );
      coordinatorRows.push([id, region.code]);
    });
    await copyUsers(coordinatorUsers);
    await copyRows(db, 'coordinator_regions', ['user_id', 'region_code'], coordinatorRows);
    rows.users += coordinatorUsers.length;
    rows.coordinator_regions = coordinatorRows.length;

    Object.assign(rows, await seedMentoring(db, random, learnersByRegion, mentorsByRegion, adminId, now));
    Object.assign(rows, await seedAssessments(db, random, westJava, elsewhere, adminId, now));
    Object.assign(rows, await seedAdoptions(db, random, westJava, playbooks, adminId, now));
    const copySeconds = (performance.now() - copyStart) / 1000;
    const totalRows = Object.values(rows).reduce((sum, count) => sum + count, 0);

    const aggregateStart = performance.now();
    if (!options.triggers) {
      await db.query('SET session_replication_role = origin');
      await recomputeAggregates(db);
    }
    const aggregateSeconds = (performance.now() - aggregateStart) / 1000;
    const mismatches = await verifyAggregates(db);
    if (mismatches.length > 0) throw new Error(`the aggregate tables disagree with a recount: ${JSON.stringify(mismatches.slice(0, 5))}`);
    log('Aggregates (region_stats, region_monthly_stats, region_last_active_days) match a recount of the rows');
    // As autovacuum would after a bulk load: visibility map (index-only scans), GIN pending list, statistics.
    await db.query('VACUUM ANALYZE');
    const databaseBytes = Number((await db.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0].size);
    return {
      rows,
      totalRows,
      copySeconds,
      rowsPerSecond: Math.round(totalRows / copySeconds),
      aggregateSeconds,
      totalSeconds: (performance.now() - started) / 1000,
      databaseBytes,
    };
  } finally {
    await db.end();
  }
}

const USER_COLUMNS = [
  'id',
  'email',
  'password_hash',
  'full_name',
  'nip',
  'region_code',
  'agency',
  'roles',
  'created_at',
  'updated_at',
  'last_active_at',
];
const ATTEMPT_COLUMNS = [
  'id',
  'quiz_id',
  'user_id',
  'questions',
  'pass_mark_percent',
  'answers',
  'score_percent',
  'passed',
  'started_at',
  'submitted_at',
  'attempt_number',
];
const CERTIFICATE_COLUMNS = ['id', 'code', 'kind', 'user_id', 'item_id', 'path_id', 'recipient_name', 'title', 'issued_at'];

function userRow(
  id: string,
  email: string,
  name: string,
  nip: string | null,
  region: string,
  roles: string,
  hash: string,
  createdAt: number,
  activeAt: number | null,
): string[] {
  const agency = `OPD ${Number.parseInt(id.slice(0, 2), 16) % 40}`;
  return [
    id,
    email,
    hash,
    name,
    nip ?? '\\N',
    region,
    agency,
    roles,
    iso(createdAt),
    iso(createdAt),
    activeAt === null ? '\\N' : iso(activeAt),
  ];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** COPY text format: tab-separated, \N for NULL; values are escaped (backslash, tab, newline). */
function copyLine(values: string[]): string {
  return `${values.map((value) => (value === '\\N' ? value : value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string))).join('\t')}\n`;
}

async function copyRows(db: Client, table: string, columns: string[], rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const target = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  // Lines in slices of about 1 MB, so a chunk never sits in memory as one giant string twice.
  async function* lines() {
    let buffer = '';
    for (const row of rows) {
      buffer += copyLine(row);
      if (buffer.length > 1_000_000) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(lines()), target);
}

/**
 * A made-up word per catalogue copy, found in no dictionary and left alone by the Indonesian and
 * English stemmers: `qz`, the number in consonants, `x` (1 -> qzcx). A rare word matches one item.
 */
export function rareWord(n: number): string {
  const letters = 'bcdfgjklmprstvwz';
  let word = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / letters.length)) word = letters[rest % letters.length] + word;
  return `qz${word}x`;
}

/**
 * Copies of the shipped published items until the catalogue holds `total` published items, each
 * with a distinct made-up title word (rareWord). Search vectors are the source's plus that word, so
 * the app's own search configuration is kept.
 */
async function expandCatalogue(db: Client, total: number, authorId: string): Promise<void> {
  const { rows } = await db.query<{ count: string }>('SELECT count(*) FROM content_items WHERE published_revision_id IS NOT NULL');
  const missing = total - Number(rows[0].count);
  if (missing <= 0) return;
  await db.query(
    `WITH source AS (
       SELECT r.*, i.type, row_number() OVER (ORDER BY i.created_at, i.id) - 1 AS k, count(*) OVER () AS m
       FROM content_revisions r JOIN content_items i ON i.published_revision_id = r.id),
     numbered AS (SELECT n, word, gen_random_uuid() AS item_id, gen_random_uuid() AS revision_id FROM unnest($1::text[]) WITH ORDINALITY AS w(word, n)),
     items AS (
       INSERT INTO content_items (id, type, author_id, created_at, updated_at)
       SELECT numbered.item_id, s.type, $2, now() - (numbered.n || ' minutes')::interval, now()
       FROM numbered JOIN source s ON s.k = numbered.n % s.m RETURNING id)
     INSERT INTO content_revisions (id, item_id, number, status, title, summary, level, estimated_minutes, language, body, plain_text,
                                    created_by, updated_by, published_at, search_vector, rank_vector)
     SELECT numbered.revision_id, numbered.item_id, 1, 'PUBLISHED', s.title || ' (salinan ' || numbered.n || ') ' || numbered.word, s.summary, s.level,
            s.estimated_minutes, s.language, s.body, s.plain_text, $2, $2, now() - (numbered.n || ' minutes')::interval,
            s.search_vector || setweight(to_tsvector('simple', numbered.word), 'A'),
            s.rank_vector || setweight(to_tsvector('simple', numbered.word), 'A')
     FROM numbered JOIN source s ON s.k = numbered.n % s.m`,
    [Array.from({ length: missing }, (_, index) => rareWord(index + 1)), authorId],
  );
  await db.query(
    `UPDATE content_items i SET published_revision_id = r.id FROM content_revisions r
     WHERE r.item_id = i.id AND i.published_revision_id IS NULL AND r.status = 'PUBLISHED'`,
  );
  // The copies carry their source's SPBE indicators and quizzes.
  await db.query(
    `INSERT INTO content_revision_indicators (revision_id, indicator_id)
     SELECT copy.id, ri.indicator_id
     FROM content_revisions copy
     JOIN content_revisions source ON source.title = regexp_replace(copy.title, ' \\(salinan \\d+\\) qz[a-z]+x$', '') AND source.id <> copy.id
     JOIN content_items si ON si.published_revision_id = source.id AND si.slug IS NOT NULL
     JOIN content_revision_indicators ri ON ri.revision_id = source.id
     WHERE copy.title ~ ' \\(salinan \\d+\\) qz[a-z]+x$'
     ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `INSERT INTO quizzes (item_id, scope, pass_mark_percent, questions, updated_by, attempts_allowed, answer_policy, draw_count)
     SELECT copy.item_id, q.scope, q.pass_mark_percent, q.questions, $1, q.attempts_allowed, q.answer_policy, q.draw_count
     FROM content_revisions copy
     JOIN content_revisions source ON source.title = regexp_replace(copy.title, ' \\(salinan \\d+\\) qz[a-z]+x$', '') AND source.id <> copy.id
     JOIN content_items si ON si.published_revision_id = source.id AND si.slug IS NOT NULL
     JOIN quizzes q ON q.item_id = si.id
     WHERE copy.title ~ ' \\(salinan \\d+\\) qz[a-z]+x$'
     ON CONFLICT DO NOTHING`,
    [authorId],
  );
}

/** Published modules with their lesson keys and (module-level) quiz; shipped modules weigh most. */
async function loadModules(db: Client): Promise<Module[]> {
  const { rows } = await db.query<{
    id: string;
    title: string;
    lesson_keys: string[];
    shipped: boolean;
    quiz_id: string | null;
    pass_mark: number | null;
    questions: string | null;
  }>(
    `SELECT i.id, r.title, array(SELECT l->>'key' FROM jsonb_array_elements(r.body->'lessons') l) AS lesson_keys, i.slug IS NOT NULL AS shipped,
            q.id AS quiz_id, q.pass_mark_percent AS pass_mark, q.questions::text AS questions
     FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id
     LEFT JOIN LATERAL (SELECT * FROM quizzes q WHERE q.item_id = i.id ORDER BY q.scope LIMIT 1) q ON true
     WHERE i.type = 'MODULE' AND i.archived_at IS NULL ORDER BY i.created_at, i.id`,
  );
  const modules = rows
    .filter((row) => row.lesson_keys.length > 0)
    .map((row, index) => ({
      id: row.id,
      title: row.title,
      lessonKeys: row.lesson_keys,
      quiz: row.quiz_id ? { id: row.quiz_id, passMark: row.pass_mark as number, questions: row.questions as string } : undefined,
      // Zipf-like: the shipped modules and the first copies are the popular ones.
      weight: (row.shipped ? 20 : 1) / (1 + index) ** 0.8,
    }));
  if (modules.length === 0) throw new Error('No published modules with lessons: was the shipped content seeded?');
  return modules;
}

/** Pairs (a mentor and one to three mentees of the same region), weekly sessions, action items. */
async function seedMentoring(
  db: Client,
  random: Random,
  learnersByRegion: Map<string, string[]>,
  mentorsByRegion: Map<string, string[]>,
  adminId: string,
  now: number,
): Promise<Record<string, number>> {
  const pairs: string[][] = [];
  const members: string[][] = [];
  const sessions: string[][] = [];
  const participants: string[][] = [];
  const actionItems: string[][] = [];
  for (const [regionCode, mentors] of mentorsByRegion) {
    const learners = (learnersByRegion.get(regionCode) ?? []).filter((id) => !mentors.includes(id));
    let nextMentee = 0;
    for (const mentorId of mentors) {
      const pairCount = random.int(0, 3);
      // A mentor's pairs start on consecutive days and meet weekly: their sessions never overlap.
      const firstStart = Math.floor((now - random.int(20, 300) * DAY_MS) / DAY_MS) * DAY_MS;
      for (let p = 0; p < pairCount && nextMentee < learners.length; p++) {
        const pairId = random.uuid();
        const start = firstStart + p * DAY_MS;
        const ended = random.next() < 0.3;
        const mentees = learners.slice(nextMentee, nextMentee + random.int(1, 3));
        nextMentee += mentees.length;
        pairs.push([
          pairId,
          mentorId,
          'LEARNER',
          regionCode,
          'Tujuan pendampingan SPBE',
          day(start),
          day(start + 120 * DAY_MS),
          ended ? 'COMPLETED' : 'ACTIVE',
          adminId,
          iso(start),
          iso(start),
        ]);
        for (const menteeId of mentees) members.push([pairId, menteeId]);
        const sessionCount = random.int(1, 6);
        for (let s = 0; s < sessionCount; s++) {
          const startsAt = start + s * 7 * DAY_MS + 2 * 3_600_000;
          const held = startsAt < now;
          const sessionId = random.uuid();
          const status = held ? (random.next() < 0.85 ? 'HELD' : 'NO_SHOW') : 'SCHEDULED';
          sessions.push([
            sessionId,
            pairId,
            iso(startsAt),
            '60',
            `https://meet.example.go.id/${sessionId.slice(0, 8)}`,
            'Agenda sesi',
            status,
            String(s),
            adminId,
            iso(start),
            iso(start),
          ]);
          const period = `["${iso(startsAt)}","${iso(startsAt + 3_600_000)}")`;
          for (const userId of [mentorId, ...mentees]) participants.push([sessionId, userId, period, 't']);
          if (status === 'HELD') {
            for (let a = random.int(0, 2); a > 0; a--) {
              const done = random.next() < 0.6;
              actionItems.push([
                random.uuid(),
                sessionId,
                'Tindak lanjut',
                random.pick(mentees),
                day(startsAt + 14 * DAY_MS),
                done ? iso(startsAt + 7 * DAY_MS) : '\\N',
              ]);
            }
          }
        }
      }
    }
  }
  await copyRows(
    db,
    'mentoring_pairs',
    [
      'id',
      'mentor_id',
      'mentee_kind',
      'region_code',
      'goals',
      'start_date',
      'end_date',
      'status',
      'created_by',
      'created_at',
      'updated_at',
    ],
    pairs,
  );
  await copyRows(db, 'mentoring_pair_members', ['pair_id', 'user_id'], members);
  await copyRows(
    db,
    'mentoring_sessions',
    [
      'id',
      'pair_id',
      'starts_at',
      'duration_minutes',
      'online_url',
      'agenda',
      'status',
      'sequence',
      'created_by',
      'created_at',
      'updated_at',
    ],
    sessions,
  );
  await copyRows(db, 'mentoring_session_participants', ['session_id', 'user_id', 'period', 'active'], participants);
  await copyRows(db, 'mentoring_action_items', ['id', 'session_id', 'text', 'owner_id', 'due_date', 'done_at'], actionItems);
  return {
    mentoring_pairs: pairs.length,
    mentoring_pair_members: members.length,
    mentoring_sessions: sessions.length,
    mentoring_session_participants: participants.length,
    mentoring_action_items: actionItems.length,
  };
}

/** Final self-assessments of the last two years: every West Java region, a fifth of the others. */
async function seedAssessments(
  db: Client,
  random: Random,
  westJava: RegionRow[],
  elsewhere: RegionRow[],
  adminId: string,
  now: number,
): Promise<Record<string, number>> {
  const framework = (await db.query<{ code: string }>('SELECT code FROM spbe_frameworks ORDER BY valid_from DESC LIMIT 1')).rows[0];
  if (!framework) return {};
  const indicators = (
    await db.query<{ id: number }>('SELECT id FROM spbe_indicators WHERE framework_code = $1 ORDER BY id', [framework.code])
  ).rows;
  const assessments: string[][] = [];
  const levels: string[][] = [];
  const year = new Date(now).getUTCFullYear();
  for (const region of [...westJava, ...elsewhere.filter(() => random.next() < 0.2)]) {
    for (const y of [year - 2, year - 1]) {
      const id = random.uuid();
      let sum = 0;
      for (const indicator of indicators) {
        const level = random.int(1, 5);
        sum += level;
        levels.push([id, String(indicator.id), String(level), '']);
      }
      const index = indicators.length === 0 ? 0 : sum / indicators.length;
      assessments.push([
        id,
        region.code,
        String(y),
        framework.code,
        'FINAL',
        index.toFixed(2),
        adminId,
        iso(Date.UTC(y, 11, 1)),
        iso(Date.UTC(y, 11, 1)),
      ]);
    }
  }
  await copyRows(
    db,
    'spbe_assessments',
    ['id', 'region_code', 'year', 'framework_code', 'status', 'index_value', 'updated_by', 'finalized_at', 'updated_at'],
    assessments,
  );
  await copyRows(db, 'spbe_assessment_levels', ['assessment_id', 'indicator_id', 'level', 'note'], levels);
  return { spbe_assessments: assessments.length, spbe_assessment_levels: levels.length };
}

/** Each West Java region adopts about half of the playbooks; its steps at various stages. */
async function seedAdoptions(
  db: Client,
  random: Random,
  westJava: RegionRow[],
  playbooks: Array<{ id: string; step_keys: string[] }>,
  adminId: string,
  now: number,
): Promise<Record<string, number>> {
  const adoptions: string[][] = [];
  const steps: string[][] = [];
  for (const region of westJava) {
    for (const playbook of playbooks) {
      if (random.next() >= 0.5) continue;
      const id = random.uuid();
      const adoptedAt = now - random.int(10, 300) * DAY_MS;
      adoptions.push([id, region.code, playbook.id, adminId, iso(adoptedAt)]);
      for (const key of playbook.step_keys) {
        const status = random.pick(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE', 'BLOCKED']);
        steps.push([
          id,
          key,
          status,
          status === 'BLOCKED' ? 'Menunggu anggaran' : '\\N',
          'Tim SPBE',
          status === 'DONE' ? day(adoptedAt + 30 * DAY_MS) : '\\N',
          adminId,
        ]);
      }
    }
  }
  await copyRows(db, 'playbook_adoptions', ['id', 'region_code', 'playbook_id', 'adopted_by', 'adopted_at'], adoptions);
  await copyRows(db, 'adoption_steps', ['adoption_id', 'step_key', 'status', 'blocked_reason', 'owner', 'done_on', 'updated_by'], steps);
  return { playbook_adoptions: adoptions.length, adoption_steps: steps.length };
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** After a COPY without triggers: both aggregate tables from the rows, in one statement each. */
async function recomputeAggregates(db: Client): Promise<void> {
  await db.query('BEGIN');
  await db.query('DELETE FROM region_monthly_stats');
  await db.query('DELETE FROM region_stats');
  await db.query('DELETE FROM region_last_active_days');
  await db.query(
    `INSERT INTO region_stats (region_code, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done)
     SELECT region_code, sum(enrolments), sum(completions), sum(sessions_held), sum(action_items_open), sum(action_items_done), sum(steps_done)
     FROM (${AGGREGATE_RECOUNT_SQL}) recount GROUP BY region_code`,
  );
  await db.query(
    `INSERT INTO region_monthly_stats (region_code, month, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done)
     SELECT region_code, month, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done FROM (${AGGREGATE_RECOUNT_SQL}) recount`,
  );
  await db.query(
    `INSERT INTO region_stats AS s (region_code, people) SELECT region_code, people FROM (${PEOPLE_RECOUNT_SQL}) recount
     ON CONFLICT (region_code) DO UPDATE SET people = excluded.people`,
  );
  await db.query(
    `INSERT INTO region_last_active_days (region_code, day, people) SELECT region_code, day, people FROM (${LAST_ACTIVE_DAYS_RECOUNT_SQL}) recount`,
  );
  await db.query('COMMIT');
}

function argument(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  return process.argv[index + 1];
}

async function main(): Promise<void> {
  const learners = Number(argument('learners', process.env.BENCH_LEARNERS ?? '10000'));
  const seed = Number(argument('seed', '14'));
  const contentItems = Number(argument('content-items', '1000'));
  const database = argument('database', process.env.BENCH_DATABASE ?? databaseFor(learners)) as string;
  if (!Number.isInteger(learners) || learners < 1) throw new Error('--learners must be a positive integer');
  const cluster = await startBenchCluster();
  try {
    const url = await recreateDatabase(cluster, database);
    console.log(`Database ${database}: migrations and reference data by Living Lab itself`);
    const app = await startLivingLab({ databaseUrl: url, jwtSecret: randomSecret(), logLevel: 'warn' });
    await app.stop();
    const report = await seedBenchData(url, {
      learners,
      seed,
      contentItems,
      triggers: process.argv.includes('--triggers'),
      progress: process.stdout.isTTY ?? false,
    });
    console.log(JSON.stringify({ database, learners, seed, ...report }, null, 2));
    await setBenchMeta(url, { learners, seed, contentItems, format: DATA_FORMAT, ...report });
  } finally {
    await cluster.stop();
  }
}

/** What `npm run bench` reports about the data set: kept in the bench database itself. */
export async function setBenchMeta(url: string, meta: Record<string, unknown>): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)');
    await db.query(`INSERT INTO bench_meta VALUES ('seed', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      JSON.stringify(meta),
    ]);
  } finally {
    await db.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

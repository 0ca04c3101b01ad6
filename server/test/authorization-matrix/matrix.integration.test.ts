import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
} from 'graphql';
import { createTestApp, type TestApp } from '../test-app';
import { CALLERS, type Caller, type Fixtures, type MatrixRow, MUTATION_ROWS, QUERY_ROWS } from './matrix.rows';

/**
 * Issue 12: every Query and Mutation field of the executable schema, called by 8 callers with the
 * fixture objects of region A; outcomes compared with matrix.expected.json (the rule is in
 * matrix.rows.ts). `RECORD_MATRIX=1` rewrites the expected file from what is observed.
 */
const EXPECTED_FILE = path.join(__dirname, 'matrix.expected.json');
/** Callers who may not see region A's objects: their refusals must not describe them. */
const OUTSIDERS: Caller[] = ['anonymous', 'learnerB', 'otherMentor', 'coordinatorB'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000001';

let t: TestApp;
let schema: GraphQLSchema;
const tokens: Partial<Record<Caller, string>> = {};
let fx: Fixtures;
const secrets: string[] = [];

function placeholder(type: GraphQLInputType, given: unknown): unknown {
  if (type instanceof GraphQLNonNull) return placeholder(type.ofType, given);
  if (type instanceof GraphQLList)
    return Array.isArray(given) ? given.map((v) => placeholder(type.ofType, v)) : given === undefined ? [] : given;
  if (type instanceof GraphQLInputObjectType) {
    const source = (given ?? {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.name in source) out[field.name] = placeholder(field.type, source[field.name]);
      else if (field.type instanceof GraphQLNonNull && field.defaultValue === undefined)
        out[field.name] = placeholder(field.type, undefined);
    }
    return out;
  }
  if (given !== undefined) return given;
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'ID':
        return UNKNOWN_ID;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.now() + 40 * 86_400_000).toISOString();
      default:
        return 'x';
    }
  }
  return given;
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

function variablesFor(field: GraphQLField<unknown, unknown>, row: MatrixRow, caller: Caller): Record<string, unknown> {
  const given = row.vars?.(fx, caller) ?? {};
  const out: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name in given) out[arg.name] = placeholder(arg.type, given[arg.name]);
    else if (arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined) out[arg.name] = placeholder(arg.type, undefined);
  }
  return out;
}

function outcome(response: Awaited<ReturnType<TestApp['graphql']>>): string {
  const error = response.errors?.[0];
  if (error) return String(error.extensions?.code ?? 'NO_CODE');
  const value = response.data ? Object.values(response.data)[0] : undefined;
  if (Array.isArray(value) && value.length === 0) return 'ok-empty';
  if (value === null) return 'ok-null';
  return 'ok';
}

const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
  const response = await t.graphql<T>(query, variables, token);
  if (!response.data) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data;
};

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  schema = t.app.get(GraphQLSchemaHost).schema;
  const A = '32.08';
  const B = '32.73';
  const learnerA = await t.createUser({ email: 'wulan.matriks@example.id', fullName: 'Wulan Matriks', regionCode: A });
  const learnerB = await t.createUser({ email: 'budi.kota@example.id', fullName: 'Budi Kota', regionCode: B });
  const pairMentor = await t.createUser({
    email: 'ahmad.mentor@example.id',
    roles: ['MENTOR'],
    fullName: 'Ahmad Mentor',
    regionCode: '32.11',
  });
  const otherMentor = await t.createUser({
    email: 'bunga.mentor@example.id',
    roles: ['MENTOR'],
    fullName: 'Bunga Mentor',
    regionCode: '32.11',
  });
  const coordinatorA = await t.createUser({
    email: 'koord.a@example.id',
    roles: ['COORDINATOR'],
    fullName: 'Koord Kuningan',
    regionCode: '32',
  });
  const coordinatorB = await t.createUser({ email: 'koord.b@example.id', roles: ['COORDINATOR'], fullName: 'Koord Kota', regionCode: B });
  const admin = await t.createUser({ email: 'admin.matriks@example.id', roles: ['ADMIN'] });
  const throwaway = await t.createUser({ email: 'sekali.pakai@example.id', regionCode: A });
  const throwawayCoordinator = await t.createUser({ email: 'koord.sekali@example.id', roles: ['COORDINATOR'], regionCode: A });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, $2), ($3, $4)`, [
    coordinatorA.user.id,
    A,
    coordinatorB.user.id,
    B,
  ]);
  Object.assign(tokens, {
    learnerA: learnerA.token,
    learnerB: learnerB.token,
    pairMentor: pairMentor.token,
    otherMentor: otherMentor.token,
    coordinatorA: coordinatorA.token,
    coordinatorB: coordinatorB.token,
    admin: admin.token,
  });

  const [{ id: moduleId }] = await t.dataSource.query(
    `SELECT id FROM content_items WHERE type = 'MODULE' AND published_revision_id IS NOT NULL ORDER BY id LIMIT 1`,
  );
  const [{ id: playbookId }] = await t.dataSource.query(`SELECT id FROM content_items WHERE type = 'PLAYBOOK' LIMIT 1`);
  const item = await gql<{ contentItem: { publishedRevision: { id: string; lessons: Array<{ key: string }> } } }>(
    'query ($id: ID!) { contentItem(id: $id) { publishedRevision { id lessons { key } } } }',
    { id: moduleId },
    learnerA.token,
  );
  const lessonKey = item.contentItem.publishedRevision.lessons[0].key;
  await gql('mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }', { itemId: moduleId }, learnerA.token);
  const quizzes = await gql<{ moduleQuizzes: Array<{ id: string }> }>(
    'query ($itemId: ID!) { moduleQuizzes(itemId: $itemId) { id } }',
    { itemId: moduleId },
    learnerA.token,
  );
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const pair = await gql<{ createMentoringPair: { id: string } }>(
    'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }',
    {
      input: {
        mentorId: pairMentor.user.id,
        menteeKind: 'LEARNER',
        menteeUserId: learnerA.user.id,
        indicatorCodes: ['I19'],
        goals: 'Tujuan rahasia matriks Kuningan.',
        startDate: day(0),
        endDate: day(60),
      },
    },
    coordinatorA.token,
  );
  const session = await gql<{ scheduleSession: { id: string } }>(
    'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }',
    {
      input: {
        pairId: pair.createMentoringPair.id,
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        durationMinutes: 60,
        onlineUrl: 'https://meet.example.id/matriks',
        agenda: 'Agenda rahasia matriks Kuningan',
      },
    },
    pairMentor.token,
  );
  const year = new Date().getFullYear() - 1;
  const assessment = await gql<{ saveSpbeAssessment: { id: string } }>(
    'mutation ($input: SaveAssessmentInput!) { saveSpbeAssessment(input: $input) { id } }',
    { input: { regionCode: A, year, levels: [] } },
    coordinatorA.token,
  );
  // Region A's Pemdi self-assessment (the framework covers 2026 on), for the by-id Pemdi rows.
  const pemdiYear = Math.max(2026, new Date().getFullYear());
  const evaluation = await gql<{ openPemdiEvaluation: { id: string } }>(
    'mutation ($input: OpenPemdiEvaluationInput!) { openPemdiEvaluation(input: $input) { id } }',
    { input: { regionCode: A, year: pemdiYear } },
    coordinatorA.token,
  );
  const adoption = await gql<{ adoptPlaybook: { id: string } }>(
    'mutation ($r: String!, $p: ID!) { adoptPlaybook(regionCode: $r, playbookId: $p) { id } }',
    { r: A, p: playbookId },
    coordinatorA.token,
  );
  const steps = await gql<{ playbookAdoption: { steps: Array<{ stepKey: string }> } }>(
    'query ($id: ID!) { playbookAdoption(id: $id) { steps { stepKey } } }',
    { id: adoption.adoptPlaybook.id },
    coordinatorA.token,
  );
  const question = await gql<{ askQuestion: { id: string } }>(
    'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
    { input: { itemId: moduleId, targetKey: lessonKey, body: 'Pertanyaan rahasia matriks Kuningan?' } },
    learnerA.token,
  );
  const answer = await gql<{ answerQuestion: { id: string } }>(
    'mutation ($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id } }',
    { input: { questionId: question.askQuestion.id, body: 'Jawaban rahasia matriks.' } },
    pairMentor.token,
  );
  const notifications = await gql<{ myNotifications: { items: Array<{ id: string }> } }>(
    'query { myNotifications(limit: 5, offset: 0, unreadOnly: false) { items { id } } }',
    {},
    learnerA.token,
  );
  const draft = await gql<{ createContent: { id: string; workingRevision: { id: string } } }>(
    'mutation ($input: CreateContentInput!) { createContent(input: $input) { id workingRevision { id } } }',
    {
      input: {
        type: 'MODULE',
        draft: {
          title: 'Draf rahasia matriks',
          summary: 'Ringkasan.',
          level: 'BEGINNER',
          estimatedMinutes: 10,
          language: 'id',
          indicatorCodes: ['I11'],
          lessons: [{ position: 1, title: 'Satu', body: 'Isi.' }],
        },
      },
    },
    pairMentor.token,
  );
  // A module the pair's mentor wrote and an admin published: startRevision is for its author only.
  const own = await gql<{ createContent: { id: string; workingRevision: { id: string } } }>(
    'mutation ($input: CreateContentInput!) { createContent(input: $input) { id workingRevision { id } } }',
    {
      input: {
        type: 'MODULE',
        draft: {
          title: 'Modul terbit matriks',
          summary: 'Ringkasan.',
          level: 'BEGINNER',
          estimatedMinutes: 10,
          language: 'id',
          indicatorCodes: ['I11'],
          lessons: [{ position: 1, title: 'Satu', body: 'Isi.' }],
        },
      },
    },
    pairMentor.token,
  );
  const submitted = await gql<{ submitForReview: { version: number } }>(
    'mutation ($input: RevisionTransitionInput!) { submitForReview(input: $input) { version } }',
    { input: { revisionId: own.createContent.workingRevision.id, version: 1 } },
    pairMentor.token,
  );
  await gql(
    'mutation ($input: RevisionTransitionInput!) { approveRevision(input: $input) { id } }',
    { input: { revisionId: own.createContent.workingRevision.id, version: submitted.submitForReview.version } },
    admin.token,
  );
  // Real objects for the rows that used to run on placeholder ids (issue 12, round 2).
  // The pair started 20 days ago (SQL: creating it in the past is not allowed), so a past session fits in it.
  await t.dataSource.query('UPDATE mentoring_pairs SET start_date = $2 WHERE id = $1', [pair.createMentoringPair.id, day(-20)]);
  const scheduleAt = async (daysAhead: number) =>
    (
      await gql<{ scheduleSession: { id: string } }>(
        'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }',
        {
          input: {
            pairId: pair.createMentoringPair.id,
            startsAt: new Date(Date.now() + daysAhead * 86_400_000).toISOString(),
            durationMinutes: 60,
            onlineUrl: 'https://meet.example.id/matriks',
            agenda: 'Agenda rahasia matriks Kuningan',
          },
        },
        pairMentor.token,
      )
    ).scheduleSession.id;
  /** A booked session moved into the past (SQL: booking in the past is refused), so its outcome can be recorded. */
  const inThePast = async (sessionId: string, daysAgo: number) => {
    const startsAt = new Date(Date.now() - daysAgo * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    await t.dataSource.query('UPDATE mentoring_sessions SET starts_at = $2 WHERE id = $1', [sessionId, startsAt]);
    await t.dataSource.query(`UPDATE mentoring_session_participants SET period = tstzrange($2, $3, '[)') WHERE session_id = $1`, [
      sessionId,
      startsAt,
      endsAt,
    ]);
  };
  const rescheduleSessionId = await scheduleAt(9);
  const pastSessionId = await scheduleAt(11);
  await inThePast(pastSessionId, 2);
  const heldSessionId = await scheduleAt(13);
  await inThePast(heldSessionId, 3);
  const held = await gql<{ recordSessionOutcome: { actionItems: Array<{ id: string }> } }>(
    'mutation ($input: RecordOutcomeInput!) { recordSessionOutcome(input: $input) { actionItems { id } } }',
    {
      input: {
        sessionId: heldSessionId,
        version: 1,
        status: 'HELD',
        notes: 'Catatan rahasia matriks.',
        actionItems: [{ ownerId: learnerA.user.id, text: 'Tindak lanjut rahasia matriks' }],
      },
    },
    pairMentor.token,
  );
  // Pemdi: learner A owns indicator I02; two evidence links, one marked submitted (SQL: submitting
  // needs every indicator's value) for the assessors' verdict, one to remove, one that stays.
  const evaluationVersion = await gql<{ pemdiEvaluation: { version: number } }>(
    'query ($r: String!, $y: Int!) { pemdiEvaluation(regionCode: $r, year: $y) { version } }',
    { r: A, y: pemdiYear },
    coordinatorA.token,
  );
  await gql(
    'mutation ($input: AssignPemdiOwnersInput!) { assignPemdiOwners(input: $input) { id } }',
    {
      input: {
        evaluationId: evaluation.openPemdiEvaluation.id,
        version: evaluationVersion.pemdiEvaluation.version,
        assignments: [{ indicatorCode: 'I02', ownerId: learnerA.user.id }],
      },
    },
    coordinatorA.token,
  );
  const evidence = async (url: string) =>
    (
      await gql<{ addPemdiEvidenceLink: { id: string } }>(
        'mutation ($input: AddPemdiEvidenceLinkInput!) { addPemdiEvidenceLink(input: $input) { id } }',
        { input: { evaluationId: evaluation.openPemdiEvaluation.id, indicatorCode: 'I02', url } },
        learnerA.token,
      )
    ).addPemdiEvidenceLink.id;
  const entries = await gql<{ pemdiEvaluation: { indicators: Array<{ indicatorCode: string; version: number }> } }>(
    'query ($r: String!, $y: Int!) { pemdiEvaluation(regionCode: $r, year: $y) { indicators { indicatorCode version } } }',
    { r: A, y: pemdiYear },
    coordinatorA.token,
  );
  const ownedIndicatorVersion = entries.pemdiEvaluation.indicators.find((entry) => entry.indicatorCode === 'I02')?.version ?? 0;
  const submittedEvidenceId = await evidence('https://example.id/bukti-diajukan');
  await t.dataSource.query('UPDATE pemdi_evidence_items SET submitted_round = 1 WHERE id = $1', [submittedEvidenceId]);
  const removableEvidenceId = await evidence('https://example.id/bukti-dihapus');
  const keptEvidenceId = await evidence('https://example.id/bukti-tetap');
  const attempt = quizzes.moduleQuizzes[0]
    ? await gql<{ startQuizAttempt: { attemptId: string } }>(
        'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { attemptId } }',
        { quizId: quizzes.moduleQuizzes[0].id },
        learnerA.token,
      )
    : null;
  // Two users of region B ask to move into region A, for region A's coordinators to decide.
  const moveInto = async (email: string) => {
    const mover = await t.createUser({ email, regionCode: B });
    return (
      await gql<{ requestRegionMove: { id: string } }>(
        'mutation ($r: String!) { requestRegionMove(toRegionCode: $r) { id } }',
        { r: A },
        mover.token,
      )
    ).requestRegionMove.id;
  };
  const moveToApproveId = await moveInto('pindah.setuju@example.id');
  const moveToRejectId = await moveInto('pindah.tolak@example.id');
  // A message that failed to send, for the admin's retry.
  const [{ id: failedMailId }] = await t.dataSource.query('SELECT id FROM mail_messages ORDER BY created_at LIMIT 1');
  await t.dataSource.query(`UPDATE mail_messages SET status = 'FAILED', last_error = 'matriks' WHERE id = $1`, [failedMailId]);
  const loginTarget = await t.createUser({ email: 'masuk.matriks@example.id', regionCode: A });
  // Learner A completes the mentor's one-lesson module (no quiz): a certificate, for the certificate queries.
  const ownItem = await gql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(
    'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key } } } }',
    { id: own.createContent.id },
    learnerA.token,
  );
  await gql('mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }', { itemId: own.createContent.id }, learnerA.token);
  for (const { key } of ownItem.contentItem.publishedRevision.lessons)
    await gql(
      'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { __typename } }',
      {
        itemId: own.createContent.id,
        lessonKey: key,
      },
      learnerA.token,
    );
  const certificates = await gql<{ myCertificates: Array<{ code: string }> }>('query { myCertificates { code } }', {}, learnerA.token);
  const path = await gql<{ saveLearningPath: { id: string } }>(
    'mutation ($input: SaveLearningPathInput!) { saveLearningPath(input: $input) { id } }',
    { input: { title: 'Jalur matriks', description: 'Jalur.', steps: [{ itemId: moduleId }] } },
    admin.token,
  );
  const profiles: Fixtures['profiles'] = {};
  for (const caller of CALLERS) {
    const token = tokens[caller];
    if (!token) continue;
    const { me } = await gql<{ me: Record<string, unknown> }>(
      'query { me { version fullName agency locale nip regionCode timeZone } }',
      {},
      token,
    );
    profiles[caller] = me;
  }
  fx = {
    ownModuleId: own.createContent.id,
    evaluationId: evaluation.openPemdiEvaluation.id,
    pemdiYear,
    regionA: A,
    regionB: B,
    provinceCode: '32',
    moduleId,
    moduleRevisionId: item.contentItem.publishedRevision.id,
    lessonKey,
    quizId: quizzes.moduleQuizzes[0]?.id ?? UNKNOWN_ID,
    playbookId,
    pairId: pair.createMentoringPair.id,
    sessionId: session.scheduleSession.id,
    actionItemId: held.recordSessionOutcome.actionItems[0].id,
    rescheduleSessionId,
    pastSessionId,
    heldSessionId,
    submittedEvidenceId,
    removableEvidenceId,
    keptEvidenceId,
    quizAttemptId: attempt?.startQuizAttempt.attemptId ?? UNKNOWN_ID,
    moveToApproveId,
    moveToRejectId,
    failedMailId,
    loginEmail: loginTarget.user.email,
    ownedIndicatorVersion,
    profiles,
    assessmentId: assessment.saveSpbeAssessment.id,
    adoptionId: adoption.adoptPlaybook.id,
    adoptionStepKey: steps.playbookAdoption.steps[0].stepKey,
    questionId: question.askQuestion.id,
    answerId: answer.answerQuestion.id,
    notificationId: notifications.myNotifications.items[0]?.id ?? null,
    learnerAId: learnerA.user.id,
    mentorAId: pairMentor.user.id,
    throwawayUserId: throwaway.user.id,
    throwawayCoordinatorId: throwawayCoordinator.user.id,
    draftItemId: draft.createContent.id,
    draftRevisionId: draft.createContent.workingRevision.id,
    certificateCode: certificates.myCertificates[0]?.code ?? null,
    pathId: path.saveLearningPath.id,
    year,
  };
  secrets.push(
    'Wulan Matriks',
    'wulan.matriks@example.id',
    'Tujuan rahasia matriks',
    'Agenda rahasia matriks',
    'Pertanyaan rahasia matriks',
    'Jawaban rahasia matriks',
    'Draf rahasia matriks',
    fx.learnerAId,
    fx.pairId,
    fx.sessionId,
    fx.assessmentId,
    fx.adoptionId,
    fx.questionId,
    fx.answerId,
  );
}, 120_000);
afterAll(() => t?.close());

it('has exactly one row per Query and Mutation field of the schema', () => {
  const problems: string[] = [];
  const expected = readExpected();
  for (const [kind, rows] of [
    ['Query', QUERY_ROWS],
    ['Mutation', MUTATION_ROWS],
  ] as const) {
    const fields = Object.keys((kind === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {});
    for (const name of fields) if (!(name in rows)) problems.push(`${kind}.${name} has no row in matrix.rows.ts`);
    for (const name of Object.keys(rows))
      if (!fields.includes(name)) problems.push(`${kind}.${name} is in matrix.rows.ts but not in the schema`);
    if (process.env.RECORD_MATRIX !== '1')
      for (const name of fields) if (!expected[`${kind}.${name}`]) problems.push(`${kind}.${name} has no entry in matrix.expected.json`);
  }
  for (const key of Object.keys(expected)) {
    const [kind, name] = key.split('.');
    if (!((kind === 'Query' ? QUERY_ROWS : MUTATION_ROWS) as Record<string, unknown>)[name])
      problems.push(`${key} in matrix.expected.json has no row`);
  }
  expect(problems).toEqual([]);
});

function readExpected(): Record<string, Record<Caller, string>> {
  try {
    return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8'));
  } catch {
    return {};
  }
}

it('gives every caller the expected outcome, and refusals describe nothing the caller may not see', async () => {
  const observed: Record<string, Record<string, string>> = {};
  const leaks: string[] = [];
  /** `MATRIX_REASONS=1` prints every refusal's reason, to review the cells by hand. */
  const reasons: string[] = [];
  const plan: Array<{ key: string; text: string; field: GraphQLField<unknown, unknown>; row: MatrixRow }> = [];
  for (const [kind, rows] of [
    ['query', QUERY_ROWS],
    ['mutation', MUTATION_ROWS],
  ] as const) {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      const row = (rows as Record<string, MatrixRow>)[field.name];
      if (!row) continue;
      plan.push({ key: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, text: operationText(kind, field), field, row });
    }
  }
  plan.sort((a, b) => (a.row.late ?? 0) - (b.row.late ?? 0));
  for (const { key, text, field, row } of plan) {
    observed[key] = {};
    for (const caller of CALLERS) {
      if (row.freshRateLimits) await t.dataSource.query('DELETE FROM auth_rate_limits');
      const response = await t.graphql(text, variablesFor(field, row, caller), tokens[caller]);
      observed[key][caller] = outcome(response);
      if (process.env.MATRIX_REASONS === '1' && response.errors)
        reasons.push(`${key} as ${caller}: ${response.errors[0].extensions?.code}/${response.errors[0].extensions?.reason ?? ''}`);
      if (response.errors && OUTSIDERS.includes(caller)) {
        const told = JSON.stringify(response.errors.map((error) => ({ message: error.message, extensions: error.extensions })));
        for (const secret of secrets) if (told.includes(secret)) leaks.push(`${key} as ${caller} tells "${secret}": ${told}`);
      }
    }
  }
  if (process.env.RECORD_MATRIX === '1') {
    const sorted = Object.fromEntries(
      Object.keys(observed)
        .sort()
        .map((key) => [key, observed[key]]),
    );
    writeFileSync(EXPECTED_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  }
  const expected = readExpected();
  const mismatches: string[] = [];
  for (const [key, byCaller] of Object.entries(observed))
    for (const caller of CALLERS)
      if (expected[key]?.[caller] !== byCaller[caller])
        mismatches.push(`${key} as ${caller}: expected ${expected[key]?.[caller]}, got ${byCaller[caller]}`);
  expect(leaks).toEqual([]);
  expect(mismatches).toEqual([]);
  console.log(`authorization matrix: ${plan.length} operations, ${plan.length * CALLERS.length} cells`);
  if (reasons.length > 0) console.log(reasons.join('\n'));
}, 150_000);

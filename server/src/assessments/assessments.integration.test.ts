import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';
import { AssessmentLevel } from './assessment.entities';
import { PublishedScoreService } from './published-score.service';

const SAVE = 'mutation ($input: SaveAssessmentInput!) { saveSpbeAssessment(input: $input) { id status version index predicate } }';
const FINALIZE =
  'mutation ($input: AssessmentTransitionInput!) { finalizeSpbeAssessment(input: $input) { status version index predicate } }';
const REOPEN = 'mutation ($input: AssessmentTransitionInput!) { reopenSpbeAssessment(input: $input) { status version index } }';
// The region's page on SPBE 59/2020 (the current framework is Pemdi from 2026).
const SUMMARY = `query ($regionCode: String!) {
  regionSpbe(regionCode: $regionCode, frameworkCode: "PERMENPANRB-59-2020") {
    target gapToTarget latestAssessment { year index predicate } domainScores { code score }
    published { year index source demo } benchmarks { scope year index }
  }
}`;

/**
 * The operation the web sends, read from the web feature's operations file with the fragments it spreads
 * (so this test fails when the page asks for something its viewers may not see).
 */
function webOperation(file: string, name: string): string {
  const source = readFileSync(join(__dirname, '../../../web/src', file), 'utf8');
  const documents = [...source.matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]);
  const operation = documents.find((document) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(document));
  if (!operation) throw new Error(`No operation ${name} in ${file}`);
  const fragments = documents.filter((document) => {
    const fragment = /fragment (\w+)/.exec(document)?.[1];
    return fragment !== undefined && operation.includes(`...${fragment}`);
  });
  return [operation, ...fragments].join('\n');
}

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let learner: Account;
let outsiderLearner: Account;
let admin: Account;
let codes: string[];

const levels = (level: number, overrides: Record<string, number> = {}) =>
  codes.map((code) => ({ indicatorCode: code, level: overrides[code] ?? level, note: '' }));

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.08' });
  outsiderLearner = await t.createUser({ email: 'kota@example.id', regionCode: '32.73' });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  // SPBE 59/2020's indicators (the catalogue also holds Pemdi's I01-I20).
  codes = (await t.dataSource.query(`SELECT code FROM spbe_indicators WHERE framework_code = 'PERMENPANRB-59-2020' ORDER BY number`)).map(
    (row: { code: string }) => row.code,
  );
});
afterAll(() => t.close());

describe('self-assessment', () => {
  let id: string;
  let version: number;

  it('a coordinator saves a draft for a region they coordinate, part by part', async () => {
    const first = await t.graphql<{ saveSpbeAssessment: { id: string; status: string; version: number } }>(
      SAVE,
      { input: { regionCode: '32.08', year: 2025, levels: levels(3).slice(0, 10) } },
      coordinator.token,
    );
    expect(first.errors).toBeUndefined();
    ({ id, version } = first.data!.saveSpbeAssessment);
    expect(first.data?.saveSpbeAssessment.status).toBe('DRAFT');
    const again = await t.graphql(SAVE, { input: { regionCode: '32.08', year: 2025, levels: [] } }, coordinator.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSESSMENT_EXISTS' });
  });

  it('cannot be finalised with indicators missing', async () => {
    const response = await t.graphql(FINALIZE, { input: { assessmentId: id, version } }, coordinator.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE_ASSESSMENT' });
    expect(response.errors?.[0].extensions?.params).toEqual({ missing: 37 });
    expect(response.errors?.[0].extensions?.fields).toHaveLength(37);
    expect(response.errors?.[0].extensions?.fields?.[0]).toEqual({ field: 'levels.I11', message: 'field.invalid' });
  });

  it.each([
    ['a level of 6', [{ indicatorCode: 'I01', level: 6, note: '' }], 'INVALID_LEVEL'],
    ['a level of 0', [{ indicatorCode: 'I01', level: 0, note: '' }], 'INVALID_LEVEL'],
    ['an unknown indicator', [{ indicatorCode: 'I48', level: 3, note: '' }], 'UNKNOWN_INDICATOR'],
    ['evidence that is not a link', [{ indicatorCode: 'I01', level: 3, note: '', evidenceUrl: 'javascript:alert(1)' }], 'INVALID_INPUT'],
  ])('refuses %s, nothing written', async (_, bad, reason) => {
    const before = await t.dataSource.getRepository(AssessmentLevel).count();
    const response = await t.graphql(SAVE, { input: { regionCode: '32.08', year: 2025, levels: bad, version } }, coordinator.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await t.dataSource.getRepository(AssessmentLevel).count()).toBe(before);
  });

  it('is refused to another region’s coordinator and to learners', async () => {
    for (const token of [otherCoordinator.token, learner.token]) {
      const response = await t.graphql(SAVE, { input: { regionCode: '32.08', year: 2025, levels: levels(5), version } }, token);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('finalises with the index computed exactly: Kebijakan Internal at 5, the rest at 3 -> 0.13*5 + 0.87*3 = 3.26 (Baik)', async () => {
    const kebijakan = Object.fromEntries(codes.slice(0, 10).map((code) => [code, 5]));
    const saved = await t.graphql<{ saveSpbeAssessment: { version: number } }>(
      SAVE,
      { input: { regionCode: '32.08', year: 2025, levels: levels(3, kebijakan), version } },
      coordinator.token,
    );
    expect(saved.errors).toBeUndefined();
    const stale = await t.graphql(SAVE, { input: { regionCode: '32.08', year: 2025, levels: [], version } }, coordinator.token);
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const final = await t.graphql<{ finalizeSpbeAssessment: { status: string; index: number; predicate: string; version: number } }>(
      FINALIZE,
      { input: { assessmentId: id, version: saved.data!.saveSpbeAssessment.version } },
      coordinator.token,
    );
    expect(final.data?.finalizeSpbeAssessment).toMatchObject({ status: 'FINAL', index: 3.26, predicate: 'Baik' });
    version = final.data!.finalizeSpbeAssessment.version;
  });

  it('a final assessment is not edited without reopening it', async () => {
    const refused = await t.graphql(SAVE, { input: { regionCode: '32.08', year: 2025, levels: levels(4), version } }, coordinator.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSESSMENT_FINAL' });
    // By the assessment's id: another region's coordinator gets NOT_FOUND, a learner FORBIDDEN (their role; issue 12).
    const byStranger = await t.graphql(REOPEN, { input: { assessmentId: id, version } }, otherCoordinator.token);
    expect(byStranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ASSESSMENT_NOT_FOUND' });
    expect((await t.graphql(REOPEN, { input: { assessmentId: id, version } }, learner.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const reopened = await t.graphql<{ reopenSpbeAssessment: { status: string; version: number; index: number | null } }>(
      REOPEN,
      { input: { assessmentId: id, version } },
      coordinator.token,
    );
    expect(reopened.data?.reopenSpbeAssessment).toMatchObject({ status: 'DRAFT', index: null });
    const kebijakan = Object.fromEntries(codes.slice(0, 10).map((code) => [code, 5]));
    const saved = await t.graphql<{ saveSpbeAssessment: { version: number } }>(
      SAVE,
      { input: { regionCode: '32.08', year: 2025, levels: levels(3, kebijakan), version: reopened.data!.reopenSpbeAssessment.version } },
      coordinator.token,
    );
    const final = await t.graphql<{ finalizeSpbeAssessment: { version: number } }>(
      FINALIZE,
      { input: { assessmentId: id, version: saved.data!.saveSpbeAssessment.version } },
      coordinator.token,
    );
    version = final.data!.finalizeSpbeAssessment.version;
  });
});

describe('region summary', () => {
  it('shows the coordinator the index, predicate, gap to 3.5 and domain scores', async () => {
    const response = await t.graphql<{ regionSpbe: Record<string, unknown> }>(SUMMARY, { regionCode: '32.08' }, coordinator.token);
    expect(response.data?.regionSpbe).toMatchObject({
      target: 3.5,
      gapToTarget: 0.24,
      latestAssessment: { year: 2025, index: 3.26, predicate: 'Baik' },
      domainScores: [
        { code: 'D1', score: 5 },
        { code: 'D2', score: 3 },
        { code: 'D3', score: 3 },
        { code: 'D4', score: 3 },
      ],
      published: [],
    });
  });

  it('ships Sumedang’s published values and the averages, labelled with their sources', async () => {
    const response = await t.graphql<{
      regionSpbe: {
        published: Array<{ year: number; index: number; demo: boolean }>;
        benchmarks: Array<{ scope: string; year: number; index: number }>;
      };
    }>(SUMMARY, { regionCode: '32.11' }, admin.token);
    // On 59/2020 only: 2019 and 2020 were scored on PermenPANRB 5/2018 (see region-spbe.integration.test.ts).
    expect(response.data?.regionSpbe.published.map((p) => [p.year, p.index, p.demo])).toEqual([
      [2021, 3.52, false],
      [2022, 3.84, false],
      [2024, 4.51, false],
    ]);
    expect(response.data?.regionSpbe.benchmarks).toContainEqual({ scope: 'PROVINCE_KABKOTA_AVERAGE', year: 2023, index: 3.38 });
    expect(response.data?.regionSpbe.benchmarks).toContainEqual({ scope: 'NATIONAL_AVERAGE', year: 2023, index: 2.79 });
  });

  it('a learner sees their own region’s figures but not the evidence; not another region', async () => {
    const own = await t.graphql<{ regionSpbe: { latestAssessment: { index: number } } }>(SUMMARY, { regionCode: '32.08' }, learner.token);
    expect(own.data?.regionSpbe.latestAssessment.index).toBe(3.26);
    const evidence = await t.graphql(
      'query { regionSpbe(regionCode: "32.08", frameworkCode: "PERMENPANRB-59-2020") { latestAssessment { levels { note evidenceUrl } } } }',
      {},
      learner.token,
    );
    expect(evidence.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(SUMMARY, { regionCode: '32.08' }, outsiderLearner.token)).errors?.[0].extensions?.reason).toBe(
      'NOT_YOUR_REGION',
    );
    expect((await t.graphql(SUMMARY, { regionCode: '32.08' }, otherCoordinator.token)).errors?.[0].extensions?.reason).toBe(
      'NOT_YOUR_REGION',
    );
  });

  it('a learner of the region loads the “Indeks SPBE” page’s queries after finalisation; another region’s learner is refused', async () => {
    const page = [
      webOperation('features/assessments/api/operations.ts', 'RegionSpbe'),
      webOperation('features/dashboards/api/operations.ts', 'RegionDashboard'),
    ];
    const own = await t.graphql<{
      regionSpbe: { latestAssessment: { status: string }; latestLevels: Array<{ indicatorCode: string; level: number }> };
    }>(page[0], { regionCode: '32.08', frameworkCode: 'PERMENPANRB-59-2020' }, learner.token);
    expect(own.errors).toBeUndefined();
    expect(own.data?.regionSpbe.latestAssessment.status).toBe('FINAL');
    expect(own.data?.regionSpbe.latestLevels).toHaveLength(codes.length);
    expect(own.data?.regionSpbe.latestLevels[0]).toEqual({ indicatorCode: codes[0], level: expect.any(Number) });
    expect((await t.graphql(page[1], { regionCode: '32.08' }, learner.token)).errors).toBeUndefined();
    for (const operation of page) {
      expect((await t.graphql(operation, { regionCode: '32.08' }, outsiderLearner.token)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_REGION',
      });
    }
  });

  it('only an admin moves the target, and the gap follows', async () => {
    const SET =
      'mutation { setSpbeTarget(provinceCode: "32", frameworkCode: "PERMENPANRB-59-2020", year: 2025, target: 3.8, version: 1) { target version } }';
    expect((await t.graphql(SET, {}, coordinator.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(SET, {}, admin.token)).data).toEqual({ setSpbeTarget: { target: 3.8, version: 2 } });
    const response = await t.graphql<{ regionSpbe: { gapToTarget: number } }>(SUMMARY, { regionCode: '32.08' }, coordinator.token);
    expect(response.data?.regionSpbe.gapToTarget).toBe(0.54);
    await t.graphql(
      'mutation { setSpbeTarget(provinceCode: "32", frameworkCode: "PERMENPANRB-59-2020", year: 2025, target: 3.5, version: 2) { target } }',
      {},
      admin.token,
    );
  });
});

describe('plan for me and action plan', () => {
  it('proposes the fewest raises, heaviest first, with the content tagged for each indicator', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM spbe_assessments WHERE region_code = '32.08'`);
    const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
    const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Layanan pengaduan yang menjawab', indicatorCodes: ['I42'] }),
    );
    const response = await t.graphql<{
      spbeIndexPlan: {
        currentIndex: number;
        plannedIndex: number;
        reachable: boolean;
        explanation: string;
        raises: Array<{ indicatorCode: string; fromLevel: number; content: Array<{ type: string }> }>;
      };
    }>(
      'query ($id: ID!) { spbeIndexPlan(assessmentId: $id) { currentIndex plannedIndex reachable explanation raises { indicatorCode fromLevel toLevel gain content { type } } } }',
      { id },
      coordinator.token,
    );
    const plan = response.data!.spbeIndexPlan;
    // 3.26 -> 3.5 needs 0.24: eight 3 % raises (0.24) -> I42..I47 from 3, then I42, I43 from 4.
    expect(plan).toMatchObject({ currentIndex: 3.26, plannedIndex: 3.5, reachable: true });
    expect(plan.raises.map((r) => `${r.indicatorCode}:${r.fromLevel}`)).toEqual([
      'I42:3',
      'I43:3',
      'I44:3',
      'I45:3',
      'I46:3',
      'I47:3',
      'I42:4',
      'I43:4',
    ]);
    // Only playbooks and modules are proposed: the shipped WA KEPO case study is tagged I42 too, but is left out.
    expect(plan.raises[0].content).toEqual([{ type: 'MODULE' }]);
    expect(plan.raises[2].content).toEqual([]);
    expect(plan.explanation).toMatch(/8 kenaikan adalah jumlah paling sedikit/);
    // Reached by the assessment's id: another region's coordinator gets NOT_FOUND (issue 12).
    expect(
      (await t.graphql('query ($id: ID!) { spbeIndexPlan(assessmentId: $id) { currentIndex } }', { id }, otherCoordinator.token))
        .errors?.[0].extensions,
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'ASSESSMENT_NOT_FOUND' });

    const saved = await t.graphql<{ saveSpbeActionPlan: { id: string } }>(
      'mutation ($input: SaveActionPlanInput!) { saveSpbeActionPlan(input: $input) { id } }',
      {
        input: {
          assessmentId: id,
          target: 3.5,
          items: [{ indicatorCode: 'I42', fromLevel: 3, toLevel: 4, owner: 'Kepala Diskominfo', dueDate: '2026-06-30' }],
        },
      },
      coordinator.token,
    );
    expect(saved.errors).toBeUndefined();
    const latest = await t.graphql(
      'query { latestSpbeActionPlan(regionCode: "32.08") { target items { indicatorCode fromLevel toLevel owner dueDate } } }',
      {},
      coordinator.token,
    );
    expect(latest.data).toEqual({
      latestSpbeActionPlan: {
        target: 3.5,
        items: [{ indicatorCode: 'I42', fromLevel: 3, toLevel: 4, owner: 'Kepala Diskominfo', dueDate: '2026-06-30' }],
      },
    });
    const bad = await t.graphql(
      'mutation ($input: SaveActionPlanInput!) { saveSpbeActionPlan(input: $input) { id } }',
      { input: { assessmentId: id, target: 3.5, items: [{ indicatorCode: 'I42', fromLevel: 4, toLevel: 3, owner: 'x' }] } },
      coordinator.token,
    );
    expect(bad.errors?.[0].extensions?.reason).toBe('INVALID_LEVEL');
  });
});

describe('input rules, published values and lists', () => {
  const PLAN = 'query ($id: ID!, $target: Float) { spbeIndexPlan(assessmentId: $id, target: $target) { plannedIndex } }';
  const SAVE_PLAN = 'mutation ($input: SaveActionPlanInput!) { saveSpbeActionPlan(input: $input) { id } }';
  const RECORD = 'mutation ($input: RecordPublishedScoreInput!) { recordPublishedSpbeScore(input: $input) { year index source demo } }';

  it('names the field of a target out of range and of a malformed due date', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM spbe_assessments WHERE region_code = '32.08'`);
    const plan = await t.graphql(PLAN, { id, target: 5.5 }, coordinator.token);
    expect(plan.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [{ field: 'target', message: 'field.invalid' }],
    });
    const item = { indicatorCode: 'I42', fromLevel: 3, toLevel: 4, owner: 'Kepala Diskominfo', dueDate: '30/06/2026' };
    const saved = await t.graphql(SAVE_PLAN, { input: { assessmentId: id, target: 3.5, items: [item] } }, coordinator.token);
    expect(saved.errors?.[0].extensions).toMatchObject({
      reason: 'INVALID_INPUT',
      fields: [{ field: 'items.0.dueDate', message: 'date.invalid' }],
    });
    const unknown = await t.graphql(
      SAVE_PLAN,
      { input: { assessmentId: id, target: 3.5, items: [{ ...item, indicatorCode: 'I99', dueDate: null }] } },
      coordinator.token,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      reason: 'UNKNOWN_INDICATOR',
      fields: [{ field: 'items.0.indicatorCode', message: 'indicatorCodes.unknown' }],
    });
  });

  it('records an official value once per year, for a region the coordinator coordinates', async () => {
    const input = { regionCode: '32.08', year: 2024, index: 2.744, source: '  Hasil evaluasi SPBE KemenPANRB 2024 ' };
    const recorded = await t.graphql(RECORD, { input }, coordinator.token);
    expect(recorded.data).toEqual({
      recordPublishedSpbeScore: { year: 2024, index: 2.74, source: 'Hasil evaluasi SPBE KemenPANRB 2024', demo: false },
    });
    expect((await t.graphql(RECORD, { input }, coordinator.token)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SCORE_EXISTS',
    });
    const bad = await t.graphql(RECORD, { input: { ...input, year: 2023, index: 5.2, source: ' ' } }, coordinator.token);
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'index', message: 'field.invalid' },
      { field: 'source', message: 'field.invalid' },
    ]);
    expect((await t.graphql(RECORD, { input }, otherCoordinator.token)).errors?.[0].extensions?.reason).toBe('NOT_YOUR_REGION');
  });

  it('records demo values flagged as such, keeping a value already there', async () => {
    const scores = t.app.get(PublishedScoreService);
    await scores.recordDemoScores([{ regionCode: '32.73', year: 2024, index: 3.62, source: 'Data demo, bukan nilai resmi' }]);
    await scores.recordDemoScores([{ regionCode: '32.73', year: 2024, index: 1.5, source: 'Data demo, bukan nilai resmi' }]);
    const response = await t.graphql<{ regionSpbe: { published: Array<{ year: number; index: number; demo: boolean }> } }>(
      SUMMARY,
      { regionCode: '32.73' },
      otherCoordinator.token,
    );
    expect(response.data?.regionSpbe.published.map((p) => [p.year, p.index, p.demo])).toEqual([[2024, 3.62, true]]);
  });

  it('gives the levels of every listed assessment, in indicator order', async () => {
    const response = await t.graphql<{ regionSpbe: { selfAssessed: Array<{ levels: Array<{ indicatorCode: string; level: number }> }> } }>(
      'query { regionSpbe(regionCode: "32.08", frameworkCode: "PERMENPANRB-59-2020") { selfAssessed { levels { indicatorCode level } } } }',
      {},
      coordinator.token,
    );
    expect(response.errors).toBeUndefined();
    const [{ levels: listed }] = response.data!.regionSpbe.selfAssessed;
    expect(listed.map((level) => level.indicatorCode)).toEqual(codes);
    expect(listed.slice(9, 11).map((level) => level.level)).toEqual([5, 3]);
  });
});

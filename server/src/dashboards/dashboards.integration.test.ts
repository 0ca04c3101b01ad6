import { createTestApp, type TestApp } from '../../test/test-app';
import { submittedPemdiEvaluation } from '../assessments/region-spbe.test-helpers';
import { firstLessonKey, moduleDraft, publish } from '../content/content.test-helpers';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const OVERVIEW = `query ($framework: String) { provinceOverview(provinceCode: "32", frameworkCode: $framework) {
  frameworkCode target targetIsDefault
  rows { region { code } learners activeLearners30d enrolments completions completionRate sessionsHeld actionItemsOpen actionItemsDone playbookStepsDone latestIndex }
  medians { figure median of }
} }`;
const LABELLED = `query ($framework: String) { provinceOverview(provinceCode: "32", frameworkCode: $framework) {
  frameworkCode rows { region { code } latestIndex latestIndexKind latestIndexYear latestValue { frameworkCode year value kind } }
  medians { figure median of }
} }`;

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let admin: Account;
let wulan: Account;
let budi: Account;
let outsider: Account;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08')`, [coordinator.user.id]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  wulan = await t.createUser({ email: 'wulan@example.id', regionCode: '32.08' });
  await t.createUser({ email: 'euis@example.id', regionCode: '32.08' });
  budi = await t.createUser({ email: 'budi@example.id', regionCode: '32.04' });
  outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73' });

  // Known data: Wulan (Kuningan) enrols in two modules and completes one; Budi (Kab. Bandung) enrols in one.
  const first = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Satu', lessons: [{ position: 1, title: 'a', body: 'b' }] }),
    )
  ).itemId;
  const second = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Dua' }))).itemId;
  await t.graphql(ENROL, { itemId: first }, wulan.token);
  await t.graphql(ENROL, { itemId: second }, wulan.token);
  await t.graphql(ENROL, { itemId: first }, budi.token);
  await t.graphql(COMPLETE, { itemId: first, lessonKey: await firstLessonKey(t, first) }, wulan.token);

  // A held session in Kuningan with two action items, one done; a playbook step done.
  const [{ id: pairId }] = await t.dataSource.query(
    `INSERT INTO mentoring_pairs (mentor_id, mentee_kind, region_code, goals, start_date, end_date, created_by)
     VALUES ($1, 'LEARNER', '32.08', 'x', current_date, current_date + 30, $2) RETURNING id`,
    [mentor.user.id, coordinator.user.id],
  );
  const [{ id: sessionId }] = await t.dataSource.query(
    `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, place, agenda, created_by) VALUES ($1, now(), 60, 'Aula', 'x', $2) RETURNING id`,
    [pairId, mentor.user.id],
  );
  await t.dataSource.query(`UPDATE mentoring_sessions SET status = 'HELD' WHERE id = $1`, [sessionId]);
  await t.dataSource.query(`INSERT INTO mentoring_action_items (session_id, text, owner_id) VALUES ($1, 'a', $2), ($1, 'b', $2)`, [
    sessionId,
    wulan.user.id,
  ]);
  await t.dataSource.query(`UPDATE mentoring_action_items SET done_at = now() WHERE text = 'b'`);
  await t.dataSource.query(
    `INSERT INTO spbe_published_scores (scope, region_code, year, framework_code, index_value, source) VALUES ('REGION', '32.08', 2024, '${SPBE}', 2.91, 'Uji')`,
  );
});
afterAll(() => t.close());

it('the province overview counts exactly, from the trigger-kept totals', async () => {
  const response = await t.graphql<{
    provinceOverview: {
      rows: Array<Record<string, unknown> & { region: { code: string } }>;
      medians: Array<{ figure: string; median: number; of: number }>;
    };
  }>(OVERVIEW, { framework: SPBE }, admin.token);
  expect(response.errors).toBeUndefined();
  const rows = response.data!.provinceOverview.rows;
  expect(rows).toHaveLength(27);
  expect(rows.find((row) => row.region.code === '32.08')).toEqual({
    region: { code: '32.08' },
    learners: 2,
    activeLearners30d: 1,
    enrolments: 2,
    completions: 1,
    completionRate: 0.5,
    sessionsHeld: 1,
    actionItemsOpen: 1,
    actionItemsDone: 1,
    playbookStepsDone: 0,
    latestIndex: 2.91,
  });
  expect(rows.find((row) => row.region.code === '32.04')).toMatchObject({
    learners: 1,
    activeLearners30d: 1,
    enrolments: 1,
    completions: 0,
  });
  // 27 regions, two with learners: the median of learners is 0. Latest indices: Kuningan's 2.91 and
  // Sumedang's shipped 4.51 (2024), so the median is 3.71 over 2.
  const medians = Object.fromEntries(response.data!.provinceOverview.medians.map((m) => [m.figure, [m.median, m.of]]));
  expect(medians.learners).toEqual([0, 27]);
  expect(medians.latestIndex).toEqual([3.71, 2]);
});

it('a coordinator sees only the regions they coordinate; learners not at all', async () => {
  const response = await t.graphql<{ provinceOverview: { rows: Array<{ region: { code: string } }> } }>(
    OVERVIEW,
    { framework: SPBE },
    coordinator.token,
  );
  expect(response.data?.provinceOverview.rows.map((row) => row.region.code)).toEqual(['32.08']);
  expect((await t.graphql(OVERVIEW, {}, wulan.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('a region’s page gives its rank and the province median, and monthly trends; for its own people', async () => {
  const QUERY =
    'query { regionDashboard(regionCode: "32.08") { row { enrolments } benchmarks { figure median rank of } monthly { month enrolments completions sessionsHeld } } }';
  const response = await t.graphql<{
    regionDashboard: {
      benchmarks: Array<{ figure: string; rank: number; median: number; of: number }>;
      monthly: Array<{ month: string; enrolments: number; completions: number; sessionsHeld: number }>;
    };
  }>(QUERY, {}, wulan.token);
  expect(response.errors).toBeUndefined();
  const enrolments = response.data!.regionDashboard.benchmarks.find((b) => b.figure === 'enrolments');
  expect(enrolments).toEqual({ figure: 'enrolments', median: 0, rank: 1, of: 27 });
  const monthly = response.data!.regionDashboard.monthly;
  expect(monthly).toHaveLength(12);
  expect(monthly[11]).toMatchObject({ enrolments: 2, completions: 1, sessionsHeld: 1 });
  expect((await t.graphql(QUERY, {}, outsider.token)).errors?.[0].extensions?.reason).toBe('NOT_YOUR_REGION');
  expect((await t.graphql(QUERY, {}, coordinator.token)).errors).toBeUndefined();
});

it('exports the overview as CSV with a BOM, for the same people only, formatted as on screen', async () => {
  const download = (token?: string, query = '') =>
    fetch(`${t.url}/exports/province-overview.csv?province=32&framework=${SPBE}${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const response = await download(coordinator.token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = (await response.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  // Indonesian by default: semicolons, decimal commas and rates in percent, as the page shows them.
  expect(lines[0]).toBe(
    '"Kode";"Wilayah";"ASN terdaftar";"ASN aktif 30 hari";"Pendaftaran modul";"Modul selesai";"Tingkat penyelesaian";"Sesi mentoring";"Tindak lanjut terbuka";"Tindak lanjut selesai";"Langkah playbook selesai";"Indeks terakhir";"Jenis nilai";"Tahun evaluasi";"Kerangka";"Target"',
  );
  expect(lines.slice(1)).toEqual([
    '"32.08";"Kabupaten Kuningan";"2";"1";"2";"1";"50%";"1";"1";"1";"0";"2,91";"OFFICIAL";"2024";"PERMENPANRB-59-2020";"3,50"',
  ]);
  const english = (await (await download(coordinator.token, '&lang=en')).text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(english[0]).toMatch(/^"Code","Region",/);
  expect(english[1]).toBe(
    '"32.08","Kabupaten Kuningan","2","1","2","1","50%","1","1","1","0","2.91","OFFICIAL","2024","PERMENPANRB-59-2020","3.50"',
  );
  const commas = (await (await download(coordinator.token, '&delimiter=comma')).text()).trim().split('\r\n');
  expect(commas[1]).toBe(
    '"32.08","Kabupaten Kuningan","2","1","2","1","50%","1","1","1","0","2,91","OFFICIAL","2024","PERMENPANRB-59-2020","3,50"',
  );
  expect((await download(coordinator.token, '&delimiter=tab')).status).toBe(400);
  expect((await download(wulan.token)).status).toBe(403);
  expect((await download()).status).toBe(401);
});

describe('per framework, each value labelled', () => {
  beforeAll(async () => {
    // Kuningan: a demo Pemdi value (2026); Kab. Bandung: a final Pemdi self-assessment (2026) and a
    // published SPBE 2025 value; Sumedang keeps its shipped SPBE values only.
    await t.dataSource.query(
      `INSERT INTO spbe_published_scores (scope, region_code, year, framework_code, index_value, source, demo) VALUES
       ('REGION', '32.08', 2026, '${PEMDI}', 2.4, 'Data demo', true), ('REGION', '32.04', 2025, '${SPBE}', 3.1, 'Uji', false)`,
    );
    await submittedPemdiEvaluation(t, '32.04', 2026, 327, admin.user.id);
  });

  type Row = { region: { code: string }; latestIndex: number | null; latestIndexKind: string | null; latestIndexYear: number | null };
  const overview = async (framework?: string) => {
    const response = await t.graphql<{
      provinceOverview: { frameworkCode: string; rows: Row[]; medians: Array<{ figure: string; median: number | null; of: number }> };
    }>(LABELLED, framework ? { framework } : {}, admin.token);
    expect(response.errors).toBeUndefined();
    const data = response.data!.provinceOverview;
    const byCode = Object.fromEntries(
      data.rows
        .filter((row) => row.latestIndex !== null)
        .map((row) => [row.region.code, [row.latestIndex, row.latestIndexKind, row.latestIndexYear]]),
    );
    return { framework: data.frameworkCode, byCode, median: data.medians.find((m) => m.figure === 'latestIndex') };
  };

  it('Pemdi (the current framework, by default) shows only Pemdi values: self-assessed and demo, labelled', async () => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
    const current = await overview();
    expect(current.framework).toBe(year >= 2026 ? PEMDI : SPBE);
    const pemdi = await overview(PEMDI);
    expect(pemdi.byCode).toEqual({ '32.04': [3.27, 'SELF_ASSESSED', 2026], '32.08': [2.4, 'DEMO', 2026] });
    expect(pemdi.median).toEqual({ figure: 'latestIndex', median: 2.835, of: 2 });
  });

  it('SPBE shows only SPBE values, official ones labelled: the Pemdi self-assessment never replaces them', async () => {
    const spbe = await overview(SPBE);
    expect(spbe.byCode).toEqual({
      '32.04': [3.1, 'OFFICIAL', 2025],
      '32.08': [2.91, 'OFFICIAL', 2024],
      '32.11': [4.51, 'OFFICIAL', 2024],
    });
    expect(spbe.median).toEqual({ figure: 'latestIndex', median: 3.1, of: 3 });
  });

  it('an official value goes before a self-assessment of the same year on the same framework', async () => {
    await t.dataSource.query(
      `INSERT INTO spbe_published_scores (scope, region_code, year, framework_code, index_value, source) VALUES ('REGION', '32.04', 2026, '${PEMDI}', 3.05, 'Uji resmi')`,
    );
    expect((await overview(PEMDI)).byCode['32.04']).toEqual([3.05, 'OFFICIAL', 2026]);
    await t.dataSource.query(`DELETE FROM spbe_published_scores WHERE region_code = '32.04' AND year = 2026`);
  });

  it('the region dashboard and the CSV take the framework too; an unknown framework is NOT_FOUND', async () => {
    const QUERY = `query ($framework: String) { regionDashboard(regionCode: "32.04", frameworkCode: $framework) {
      frameworkCode row { latestIndex latestIndexKind } benchmarks { figure median rank of } } }`;
    const response = await t.graphql<{
      regionDashboard: {
        frameworkCode: string;
        row: { latestIndex: number; latestIndexKind: string };
        benchmarks: Array<{ figure: string; median: number; rank: number; of: number }>;
      };
    }>(QUERY, { framework: PEMDI }, budi.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.regionDashboard.row).toEqual({ latestIndex: 3.27, latestIndexKind: 'SELF_ASSESSED' });
    expect(response.data?.regionDashboard.benchmarks.find((b) => b.figure === 'latestIndex')).toEqual({
      figure: 'latestIndex',
      median: 2.835,
      rank: 1,
      of: 2,
    });
    const unknown = await t.graphql(QUERY, { framework: 'PERMENPANRB-5-2018' }, budi.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' });

    const csv = await fetch(`${t.url}/exports/province-overview.csv?province=32&framework=${PEMDI}&lang=en`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('"Latest index","Value kind","Evaluation year","Framework","Target"');
    expect(lines.find((line) => line.startsWith('"32.08"'))).toMatch(/"2.40","DEMO","2026","PERMENPANRB-8-2026","3.50"$/);
    expect(lines.find((line) => line.startsWith('"32.11"'))).toMatch(/"","","","PERMENPANRB-8-2026","3.50"$/);
    expect(
      (
        await fetch(`${t.url}/exports/province-overview.csv?province=32&framework=X`, {
          headers: { authorization: `Bearer ${admin.token}` },
        })
      ).status,
    ).toBe(404);
  });
});

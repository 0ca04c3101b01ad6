import { createTestApp, type TestApp } from '../../test/test-app';
import { PemdiEvaluation, PemdiEvaluationStatus, PemdiIndicatorEntry } from '../assessments/pemdi-evaluation.entities';
import { moduleDraft, PEMDI, publish, SPBE_59 } from '../content/content.test-helpers';
import { SpbeCatalogueService } from '../spbe';

/**
 * A learner's recommendations come from the weakest indicators of their region's latest submitted
 * self-assessment on the framework in force (Pemdi from 2026), with a structured reason, and fall
 * back to the framework's heaviest indicators only when the region has none.
 */
const HOME = `{ learnerHome {
  recommended { id }
  recommendations {
    item { id }
    reason { basis regionCode regionName frameworkCode year indicatorCode indicatorName value weightPercent crosswalkedFrom { frameworkCode code } }
  }
} }`;
const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';

interface Reason {
  basis: 'WEAKEST_INDICATOR' | 'HEAVIEST_INDICATOR' | 'NEWEST';
  regionCode: string | null;
  regionName: string | null;
  frameworkCode: string | null;
  year: number | null;
  indicatorCode: string | null;
  indicatorName: string | null;
  value: number | null;
  weightPercent: number | null;
  crosswalkedFrom: { frameworkCode: string; code: string } | null;
}
interface Home {
  recommended: Array<{ id: string }>;
  recommendations: Array<{ item: { id: string }; reason: Reason }>;
}

let t: TestApp;
let coordinator: { user: { id: string }; token: string };
let onI20: string;
let viaI42: string;
let onI06: string;
let untagged: string;

async function home(token: string): Promise<Home> {
  const response = await t.graphql<{ learnerHome: Home }>(HOME, {}, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.learnerHome;
}

/** A Pemdi evaluation of the region for a year: every indicator 3.00 but the given ones, in hundredths. */
async function evaluation(regionCode: string, year: number, status: PemdiEvaluationStatus, values: Record<string, number>) {
  const framework = await t.app.get(SpbeCatalogueService).find(PEMDI);
  const saved = await t.dataSource.getRepository(PemdiEvaluation).save(
    t.dataSource.getRepository(PemdiEvaluation).create({
      regionCode,
      year,
      frameworkCode: PEMDI,
      status,
      submittedAt: status === PemdiEvaluationStatus.SUBMITTED ? new Date() : null,
      openedById: coordinator.user.id,
    }),
  );
  await t.dataSource
    .getRepository(PemdiIndicatorEntry)
    .insert(
      framework.aspects
        .flatMap((aspect) => aspect.indicators)
        .map((indicator) => ({ evaluationId: saved.id, indicatorId: indicator.id, valueHundredths: values[indicator.code] ?? 300 })),
    );
}

beforeAll(async () => {
  t = await createTestApp();
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  coordinator = await t.createUser({ email: 'koordinator@example.id', roles: ['COORDINATOR'], regionCode: '32.11' });
  const module = (title: string, indicators: Array<{ frameworkCode: string; code: string }>) =>
    publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title, indicatorCodes: [], indicators })).then(
      (created) => created.itemId,
    );
  untagged = await module('Tanpa indikator', []);
  onI06 = await module('Informasi geospasial', [{ frameworkCode: PEMDI, code: 'I06' }]);
  // SPBE 42 (Layanan Pengaduan) maps onto Pemdi 19 and 20.
  viaI42 = await module('Layanan pengaduan', [{ frameworkCode: SPBE_59, code: 'I42' }]);
  onI20 = await module('Kepuasan pengguna', [{ frameworkCode: PEMDI, code: 'I20' }]);
});
afterAll(() => t.close());

it('without an assessment: the heaviest Pemdi indicators first, direct tags before the crosswalk, and the reason says so', async () => {
  const learner = await t.createUser({ email: 'tanpa-penilaian@example.id', regionCode: '32.04' });
  const { recommendations, recommended } = await home(learner.token);
  expect(recommendations.map((r) => r.item.id)).toEqual([onI20, viaI42, onI06, untagged]);
  expect(recommended.map((item) => item.id)).toEqual(recommendations.map((r) => r.item.id));
  expect(recommendations[0].reason).toMatchObject({
    basis: 'HEAVIEST_INDICATOR',
    regionCode: '32.04',
    frameworkCode: PEMDI,
    year: null,
    indicatorCode: 'I20',
    value: null,
    weightPercent: 15,
    crosswalkedFrom: null,
  });
  expect(recommendations[0].reason.regionName).toMatch(/Bandung/);
  expect(recommendations[1].reason).toMatchObject({ indicatorCode: 'I20', crosswalkedFrom: { frameworkCode: SPBE_59, code: 'I42' } });
  expect(recommendations[3].reason).toMatchObject({ basis: 'NEWEST', indicatorCode: null });
});

it('a draft evaluation does not count', async () => {
  await evaluation('32.05', 2026, PemdiEvaluationStatus.DRAFT, { I06: 110 });
  const learner = await t.createUser({ email: 'draf@example.id', regionCode: '32.05' });
  expect((await home(learner.token)).recommendations[0].reason).toMatchObject({ basis: 'HEAVIEST_INDICATOR', indicatorCode: 'I20' });
});

it('with a submitted evaluation: the weakest indicators first, with the region, framework, year and value', async () => {
  await evaluation('32.11', 2026, PemdiEvaluationStatus.SUBMITTED, { I06: 120, I20: 450 });
  const learner = await t.createUser({ email: 'sumedang@example.id', regionCode: '32.11' });
  const { recommendations } = await home(learner.token);
  // I06 at 1.20 is the weakest; of the indicators at 3.00, I19 (10 %) is the heaviest: the SPBE 42 module covers it.
  expect(recommendations.map((r) => r.item.id)).toEqual([onI06, viaI42, onI20, untagged]);
  expect(recommendations[0].reason).toMatchObject({
    basis: 'WEAKEST_INDICATOR',
    regionCode: '32.11',
    regionName: 'Kabupaten Sumedang',
    frameworkCode: PEMDI,
    year: 2026,
    indicatorCode: 'I06',
    indicatorName: 'Tingkat Kematangan Penyelenggaraan Informasi Geospasial',
    value: 1.2,
    crosswalkedFrom: null,
  });
  expect(recommendations[1].reason).toMatchObject({
    basis: 'WEAKEST_INDICATOR',
    indicatorCode: 'I19',
    value: 3,
    crosswalkedFrom: { frameworkCode: SPBE_59, code: 'I42' },
  });
  expect(recommendations[2].reason).toMatchObject({ indicatorCode: 'I20', value: 4.5 });
});

it('takes the newest submitted year, leaves out modules the learner started, and another region keeps its own basis', async () => {
  await evaluation('32.11', 2027, PemdiEvaluationStatus.SUBMITTED, { I20: 105 });
  const learner = await t.createUser({ email: 'sumedang2@example.id', regionCode: '32.11' });
  expect((await home(learner.token)).recommendations[0].reason).toMatchObject({ year: 2027, indicatorCode: 'I20', value: 1.05 });
  expect((await t.graphql(ENROL, { itemId: onI20 }, learner.token)).errors).toBeUndefined();
  expect((await home(learner.token)).recommendations.map((r) => r.item.id)).not.toContain(onI20);

  const elsewhere = await t.createUser({ email: 'lain@example.id', regionCode: '32.04' });
  expect((await home(elsewhere.token)).recommendations[0].reason.basis).toBe('HEAVIEST_INDICATOR');
});

it('is for signed-in users only', async () => {
  expect((await t.graphql(HOME, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

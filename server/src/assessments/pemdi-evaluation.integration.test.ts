import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { computeIndex, frameworkIndicators, PERMENPANRB_8_2026 } from '@living-lab/shared';
import { FIXTURES } from '../../test/file-fixtures';
import { startS3Server } from '../../test/s3-server';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { FileStorageConfig } from '../config/app-config';

type Account = { user: { id: string }; token: string };
type Errors = Array<{ extensions?: { code?: string; reason?: string; fields?: Array<{ field: string }> } }> | undefined;

const PEMDI_CODES = frameworkIndicators(PERMENPANRB_8_2026).map((indicator) => indicator.code);
const MAX_BYTES = 4096;

const OPEN = 'mutation ($input: OpenPemdiEvaluationInput!) { openPemdiEvaluation(input: $input) { id status version year frameworkCode } }';
const ASSIGN = 'mutation ($input: AssignPemdiOwnersInput!) { assignPemdiOwners(input: $input) { id version } }';
const SAVE =
  'mutation ($input: SavePemdiIndicatorInput!) { savePemdiIndicator(input: $input) { indicatorCode value justification version } }';
const LINK = 'mutation ($input: AddPemdiEvidenceLinkInput!) { addPemdiEvidenceLink(input: $input) { id kind url note version } }';
const SUBMIT = 'mutation ($input: PemdiTransitionInput!) { submitPemdiEvaluation(input: $input) { status submissionRound version } }';
const VERDICT =
  'mutation ($input: RecordEvidenceVerdictInput!) { recordEvidenceVerdict(input: $input) { id verdict assessorNote version } }';
const VIEW = `query ($regionCode: String!, $year: Int!) {
  pemdiEvaluation(regionCode: $regionCode, year: $year) {
    id status version viewer { coordinates ownsIndicators seesEvidence }
    indices { frameworkCode year selfAssessed { index predicate } simulated { index predicate provenIndicators totalIndicators } official { index } }
  }
}`;
const DETAIL = `query ($regionCode: String!, $year: Int!) {
  pemdiEvaluation(regionCode: $regionCode, year: $year) {
    id
    indicators { indicatorCode value version owner { id fullName } evidence { id kind fileName contentType sizeBytes submittedRound verdict assessorNote replacedById version downloadPath } }
    openItems { kind indicatorCode owner { id } evidenceItemId note }
  }
}`;

let t: TestApp;
let folder: string;
let coordinator: Account;
let otherCoordinator: Account;
let owner: Account;
let secondOwner: Account;
let learner: Account;
let outsider: Account;
let evaluationId: string;

function storedFiles(directory: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

async function upload(
  app: TestApp,
  token: string,
  evaluation: string,
  indicatorCode: string,
  content: Buffer,
  name: string,
  fields: Record<string, string> = {},
): Promise<{ status: number; body: { id?: string; reason?: string; code?: string; fields?: Array<{ field: string }> } }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
  const response = await fetch(`${app.url}/api/evidence/pemdi/${evaluation}/${indicatorCode}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as never };
}

const reasonOf = (errors: Errors) => errors?.[0]?.extensions?.reason;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

async function detail(token: string) {
  const response = await t.graphql<{
    pemdiEvaluation: {
      indicators: Array<{
        indicatorCode: string;
        value: number | null;
        version: number;
        owner: { id: string } | null;
        evidence: Array<{
          id: string;
          verdict: string | null;
          version: number;
          submittedRound: number | null;
          replacedById: string | null;
          downloadPath: string | null;
          fileName: string | null;
        }>;
      }>;
      openItems: Array<{ kind: string; indicatorCode: string; owner: { id: string } | null; evidenceItemId: string | null; note: string }>;
    };
  }>(DETAIL, { regionCode: '32.11', year: 2026 }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.pemdiEvaluation;
}

async function evaluationVersion(): Promise<number> {
  const response = await t.graphql<{ pemdiEvaluation: { version: number } }>(VIEW, { regionCode: '32.11', year: 2026 }, coordinator.token);
  return response.data!.pemdiEvaluation.version;
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'livinglab-pemdi-files-'));
  t = await createTestApp({ uploadMaxBytes: MAX_BYTES, fileStorage: { kind: 'folder', directory: folder } });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'], regionCode: '32.11' });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'], regionCode: '32.73' });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.11'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  owner = await t.createUser({ email: 'pemilik@example.id', regionCode: '32.11', fullName: 'Dewi Pemilik' });
  secondOwner = await t.createUser({ email: 'kedua@example.id', regionCode: '32.11', fullName: 'Asep Kedua' });
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.11' });
  outsider = await t.createUser({ email: 'kota@example.id', regionCode: '32.73' });
});
afterAll(() => t.close());

describe('opening', () => {
  it('refuses a year the Pemdi framework does not cover, naming the field', async () => {
    const response = await t.graphql(OPEN, { input: { regionCode: '32.11', year: 2025 } }, coordinator.token);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_NOT_COVERED',
      fields: [{ field: 'year' }],
    });
  });

  it('another region’s coordinator and a learner of the region get FORBIDDEN (the region is named)', async () => {
    const other = await t.graphql(OPEN, { input: { regionCode: '32.11', year: 2026 } }, otherCoordinator.token);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_REGION' });
    const learnerTry = await t.graphql(OPEN, { input: { regionCode: '32.11', year: 2026 } }, learner.token);
    expect(codeOf(learnerTry.errors)).toBe('FORBIDDEN');
  });

  it('the coordinator opens 2026 on the Pemdi framework; opening again gives the same evaluation', async () => {
    const first = await t.graphql<{ openPemdiEvaluation: { id: string; status: string; frameworkCode: string } }>(
      OPEN,
      { input: { regionCode: '32.11', year: 2026 } },
      coordinator.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.openPemdiEvaluation).toMatchObject({ status: 'DRAFT', frameworkCode: 'PERMENPANRB-8-2026' });
    evaluationId = first.data!.openPemdiEvaluation.id;
    const again = await t.graphql<{ openPemdiEvaluation: { id: string } }>(
      OPEN,
      { input: { regionCode: '32.11', year: 2026 } },
      coordinator.token,
    );
    expect(again.data?.openPemdiEvaluation.id).toBe(evaluationId);
    expect((await detail(coordinator.token)).indicators.map((entry) => entry.indicatorCode)).toEqual(PEMDI_CODES);
  });
});

describe('owners', () => {
  it('refuses an owner from another region and an indicator of the other framework, naming the field', async () => {
    const version = await evaluationVersion();
    const stranger = await t.graphql(
      ASSIGN,
      { input: { evaluationId, version, assignments: [{ indicatorCode: 'I01', ownerId: outsider.user.id }] } },
      coordinator.token,
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({ reason: 'OWNER_NOT_IN_REGION', fields: [{ field: 'assignments.0.ownerId' }] });
    const spbeOnly = await t.graphql(
      ASSIGN,
      { input: { evaluationId, version, assignments: [{ indicatorCode: 'I30', ownerId: owner.user.id }] } },
      coordinator.token,
    );
    expect(spbeOnly.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INDICATOR_OF_OTHER_FRAMEWORK',
      fields: [{ field: 'assignments.0.indicatorCode' }],
    });
  });

  it('the coordinator assigns every indicator; a stale version is a conflict', async () => {
    const version = await evaluationVersion();
    const assignments = PEMDI_CODES.map((code, index) => ({
      indicatorCode: code,
      ownerId: index % 2 === 0 ? owner.user.id : secondOwner.user.id,
    }));
    const response = await t.graphql(ASSIGN, { input: { evaluationId, version, assignments } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const stale = await t.graphql(ASSIGN, { input: { evaluationId, version, assignments: [] } }, coordinator.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const other = await t.graphql(ASSIGN, { input: { evaluationId, version: version + 1, assignments: [] } }, otherCoordinator.token);
    expect(codeOf(other.errors)).toBe('NOT_FOUND');
  });
});

describe('values', () => {
  const save = (token: string, indicatorCode: string, value: number, version: number, extra: Record<string, unknown> = {}) =>
    t.graphql<{ savePemdiIndicator: { value: number; version: number } }>(
      SAVE,
      { input: { evaluationId, indicatorCode, value, justification: 'SK Bupati dan laporan', version, ...extra } },
      token,
    );

  it('refuses more than two decimals and values outside 1.00-5.00, naming the field', async () => {
    for (const value of [3.255, 5.01, 0.99, 0]) {
      const response = await save(owner.token, 'I01', value, 1);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUE',
        fields: [{ field: 'value' }],
      });
    }
  });

  it('refuses an indicator of the other framework', async () => {
    const spbeOnly = await save(owner.token, 'I41', 3, 1);
    expect(spbeOnly.errors?.[0].extensions).toMatchObject({ reason: 'INDICATOR_OF_OTHER_FRAMEWORK', fields: [{ field: 'indicatorCode' }] });
    const named = await save(owner.token, 'I01', 3, 1, { frameworkCode: 'PERMENPANRB-59-2020' });
    expect(named.errors?.[0].extensions).toMatchObject({ reason: 'INDICATOR_OF_OTHER_FRAMEWORK', fields: [{ field: 'frameworkCode' }] });
  });

  it('only the owner edits an indicator; others of the region are refused, strangers get NOT_FOUND', async () => {
    expect(reasonOf((await save(secondOwner.token, 'I01', 3, 1)).errors)).toBe('NOT_INDICATOR_OWNER');
    expect(reasonOf((await save(coordinator.token, 'I01', 3, 1)).errors)).toBe('NOT_INDICATOR_OWNER');
    expect(codeOf((await save(outsider.token, 'I01', 3, 1)).errors)).toBe('NOT_FOUND');
    expect(codeOf((await save(otherCoordinator.token, 'I01', 3, 1)).errors)).toBe('NOT_FOUND');
  });

  it('owners set every value with two decimals; a stale version is a conflict', async () => {
    const before = (await detail(owner.token)).indicators[0].version;
    const first = await save(owner.token, 'I01', 3.25, before);
    expect(first.errors).toBeUndefined();
    expect(first.data?.savePemdiIndicator).toMatchObject({ value: 3.25, version: before + 1 });
    expect((await save(owner.token, 'I01', 3.5, before)).errors?.[0].extensions).toMatchObject({ reason: 'STALE_VERSION' });
    const entries = (await detail(coordinator.token)).indicators;
    for (const [index, entry] of entries.entries()) {
      if (entry.indicatorCode === 'I01') continue;
      const account = index % 2 === 0 ? owner : secondOwner;
      const response = await save(account.token, entry.indicatorCode, 3.75, entry.version);
      expect(response.errors).toBeUndefined();
    }
  });
});

describe('evidence files (folder store)', () => {
  it('accepts PDF, images and office documents checked from their content', async () => {
    const accepted: Array<[Buffer, string, string]> = [
      [FIXTURES.pdf, 'SK Tim SPBE.pdf', 'application/pdf'],
      [FIXTURES.png, 'tangkapan.png', 'image/png'],
      [FIXTURES.jpeg, 'foto.jpeg', 'image/jpeg'],
      [FIXTURES.webp, 'foto.webp', 'image/webp'],
      [FIXTURES.docx, 'laporan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [FIXTURES.xlsx, 'data.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [FIXTURES.odt, 'notula.odt', 'application/vnd.oasis.opendocument.text'],
    ];
    for (const [content, name] of accepted) {
      const response = await upload(t, owner.token, evaluationId, 'I01', content, name, { note: `bukti ${name}` });
      expect(response).toMatchObject({ status: 201, body: { id: expect.any(String) } });
    }
    const items = (await detail(owner.token)).indicators.find((entry) => entry.indicatorCode === 'I01')!.evidence;
    expect(items.map((item) => item.fileName)).toEqual(accepted.map(([, name]) => name));
    expect(storedFiles(folder)).toHaveLength(accepted.length);
  });

  it('refuses empty, too large, renamed executables, plain zips, text and names with a path; nothing is stored', async () => {
    const before = storedFiles(folder);
    const refused: Array<[Buffer, string, string]> = [
      [Buffer.alloc(0), 'kosong.pdf', 'FILE_EMPTY'],
      [Buffer.concat([FIXTURES.pdf, Buffer.alloc(MAX_BYTES)]), 'besar.pdf', 'FILE_TOO_LARGE'],
      [FIXTURES.exe, 'laporan.pdf', 'FILE_TYPE_NOT_ALLOWED'],
      [FIXTURES.zip, 'laporan.docx', 'FILE_TYPE_NOT_ALLOWED'],
      [FIXTURES.text, 'catatan.pdf', 'FILE_TYPE_NOT_ALLOWED'],
      [FIXTURES.pdf, '../../etc/laporan.pdf', 'FILE_NAME_INVALID'],
      [FIXTURES.pdf, 'C:\\Users\\laporan.pdf', 'FILE_NAME_INVALID'],
    ];
    for (const [content, name, reason] of refused) {
      const response = await upload(t, owner.token, evaluationId, 'I01', content, name);
      expect({ name, status: response.status, body: response.body }).toMatchObject({
        name,
        status: 400,
        body: { code: 'BAD_USER_INPUT', reason, fields: [{ field: 'file' }] },
      });
    }
    expect(storedFiles(folder)).toEqual(before);
    expect(readdirSync(os.tmpdir()).filter((name) => name.startsWith('livinglab-upload-'))).toEqual([]);
  });

  it('refuses uploads by anyone but the owner: another owner FORBIDDEN, strangers NOT_FOUND', async () => {
    expect((await upload(t, secondOwner.token, evaluationId, 'I01', FIXTURES.pdf, 'a.pdf')).status).toBe(403);
    expect((await upload(t, otherCoordinator.token, evaluationId, 'I01', FIXTURES.pdf, 'a.pdf')).status).toBe(404);
    expect((await upload(t, outsider.token, evaluationId, 'I01', FIXTURES.pdf, 'a.pdf')).status).toBe(404);
    const anonymous = await fetch(`${t.url}/api/evidence/pemdi/${evaluationId}/I01`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });

  it('downloads as an attachment with the stored type and nosniff, for the team only', async () => {
    const item = (await detail(owner.token)).indicators[0].evidence[0];
    const url = `${t.url}${item.downloadPath}`;
    for (const account of [owner, coordinator, secondOwner]) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${account.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="SK Tim SPBE.pdf"/);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(FIXTURES.pdf);
    }
    for (const account of [learner, outsider, otherCoordinator]) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${account.token}` } });
      expect(response.status).toBe(404);
    }
    expect(
      (await fetch(`${t.url}/api/evidence/pemdi/items/not-a-uuid/file`, { headers: { authorization: `Bearer ${owner.token}` } })).status,
    ).toBe(404);
  });

  it('deletes the stored file again when the row’s transaction fails (no orphan)', async () => {
    await t.dataSource.query(`CREATE FUNCTION fail_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.note = 'gagal' THEN RAISE EXCEPTION 'rolled back on purpose'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(
      'CREATE TRIGGER fail_evidence BEFORE INSERT ON pemdi_evidence_items FOR EACH ROW EXECUTE FUNCTION fail_evidence()',
    );
    const before = storedFiles(folder);
    const response = await upload(t, owner.token, evaluationId, 'I03', FIXTURES.pdf, 'gagal.pdf', { note: 'gagal' });
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toMatch(/rolled back|pemdi_evidence|SELECT|INSERT/);
    expect(storedFiles(folder)).toEqual(before);
    await t.dataSource.query('DROP TRIGGER fail_evidence ON pemdi_evidence_items');
    await t.dataSource.query('DROP FUNCTION fail_evidence');
  });
});

describe('who sees what', () => {
  it('learners of the region see the indices but not indicators or evidence; strangers get FORBIDDEN', async () => {
    const view = await t.graphql<{ pemdiEvaluation: { viewer: { seesEvidence: boolean }; indices: { selfAssessed: unknown } } }>(
      VIEW,
      { regionCode: '32.11', year: 2026 },
      learner.token,
    );
    expect(view.errors).toBeUndefined();
    expect(view.data?.pemdiEvaluation.viewer.seesEvidence).toBe(false);
    expect(view.data?.pemdiEvaluation.indices.selfAssessed).not.toBeNull();
    const nested = await t.graphql(DETAIL, { regionCode: '32.11', year: 2026 }, learner.token);
    expect(codeOf(nested.errors as Errors)).toBe('FORBIDDEN');
    for (const account of [outsider, otherCoordinator]) {
      const stranger = await t.graphql(VIEW, { regionCode: '32.11', year: 2026 }, account.token);
      // The region is named in the arguments (a public code): FORBIDDEN, not NOT_FOUND (issue 12).
      expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_REGION' });
    }
  });
});

describe('submission and verdicts', () => {
  let linkId: string;

  it('a verdict on an item not submitted is refused', async () => {
    const link = await t.graphql<{ addPemdiEvidenceLink: { id: string; version: number } }>(
      LINK,
      { input: { evaluationId, indicatorCode: 'I02', url: 'https://sumedangkab.go.id/sk-spbe', note: 'SK di situs' } },
      secondOwner.token,
    );
    expect(link.errors).toBeUndefined();
    linkId = link.data!.addPemdiEvidenceLink.id;
    const verdict = await t.graphql(VERDICT, { input: { itemId: linkId, verdict: 'ACCEPTED', version: 1 } }, coordinator.token);
    expect(verdict.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_NOT_SUBMITTED' });
  });

  it('only coordinators submit; the simulated index starts at 1.00', async () => {
    const version = await evaluationVersion();
    expect(codeOf((await t.graphql(SUBMIT, { input: { evaluationId, version } }, owner.token)).errors)).toBe('FORBIDDEN');
    expect(codeOf((await t.graphql(SUBMIT, { input: { evaluationId, version } }, otherCoordinator.token)).errors)).toBe('NOT_FOUND');
    const response = await t.graphql(SUBMIT, { input: { evaluationId, version } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ submitPemdiEvaluation: { status: 'SUBMITTED', submissionRound: 1 } });
    const view = await t.graphql<{
      pemdiEvaluation: { indices: { selfAssessed: { index: number }; simulated: { index: number; provenIndicators: number } } };
    }>(VIEW, { regionCode: '32.11', year: 2026 }, coordinator.token);
    const values = Object.fromEntries(PEMDI_CODES.map((code) => [code, code === 'I01' ? 3.25 : 3.75]));
    expect(view.data?.pemdiEvaluation.indices.selfAssessed.index).toBe(computeIndex(PERMENPANRB_8_2026, values));
    expect(view.data?.pemdiEvaluation.indices.simulated).toMatchObject({ index: 1, provenIndicators: 0 });
  });

  it('values are fixed once submitted', async () => {
    const entry = (await detail(owner.token)).indicators[0];
    const response = await t.graphql(
      SAVE,
      { input: { evaluationId, indicatorCode: 'I01', value: 4, justification: '', version: entry.version } },
      owner.token,
    );
    expect(reasonOf(response.errors)).toBe('EVALUATION_SUBMITTED');
  });

  it('records "to revise" (with a note) and "accepted"; the simulated index moves with accepted evidence only', async () => {
    const entries = (await detail(coordinator.token)).indicators;
    const [pdf, ...otherFiles] = entries[0].evidence;
    const noNote = await t.graphql(VERDICT, { input: { itemId: pdf.id, verdict: 'TO_REVISE', version: pdf.version } }, coordinator.token);
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });
    const byOwner = await t.graphql(VERDICT, { input: { itemId: pdf.id, verdict: 'ACCEPTED', version: pdf.version } }, owner.token);
    expect(codeOf(byOwner.errors)).toBe('FORBIDDEN');
    const byStranger = await t.graphql(
      VERDICT,
      { input: { itemId: pdf.id, verdict: 'ACCEPTED', version: pdf.version } },
      otherCoordinator.token,
    );
    expect(codeOf(byStranger.errors)).toBe('NOT_FOUND');

    const revise = await t.graphql(
      VERDICT,
      { input: { itemId: pdf.id, verdict: 'TO_REVISE', note: 'SK belum ditandatangani', version: pdf.version } },
      coordinator.token,
    );
    expect(revise.errors).toBeUndefined();
    // I01 has other files without a verdict, and one to revise: not proven.
    for (const file of otherFiles) {
      await t.graphql(VERDICT, { input: { itemId: file.id, verdict: 'ACCEPTED', version: file.version } }, coordinator.token);
    }
    const accepted = await t.graphql(VERDICT, { input: { itemId: linkId, verdict: 'ACCEPTED', version: 1 } }, coordinator.token);
    expect(accepted.errors).toBeUndefined();

    const view = await t.graphql<{ pemdiEvaluation: { indices: { simulated: { index: number; provenIndicators: number } } } }>(
      VIEW,
      { regionCode: '32.11', year: 2026 },
      coordinator.token,
    );
    const expected = Object.fromEntries(PEMDI_CODES.map((code) => [code, code === 'I02' ? 3.75 : 1]));
    expect(view.data?.pemdiEvaluation.indices.simulated).toMatchObject({
      index: computeIndex(PERMENPANRB_8_2026, expected),
      provenIndicators: 1,
    });

    const open = (await detail(owner.token)).openItems;
    expect(open).toContainEqual(
      expect.objectContaining({
        kind: 'TO_REVISE',
        indicatorCode: 'I01',
        evidenceItemId: pdf.id,
        note: 'SK belum ditandatangani',
        owner: { id: owner.user.id },
      }),
    );
    expect(open).toContainEqual(expect.objectContaining({ kind: 'NO_EVIDENCE', indicatorCode: 'I03', owner: { id: owner.user.id } }));
  });

  it("the indicator's owner hears of each verdict, linked to the evaluation; the coordinator who recorded it and strangers do not", async () => {
    const NOTIFICATIONS = '{ myNotifications(limit: 50) { items { kind params { name value } link } } }';
    type Listed = { myNotifications: { items: Array<{ kind: string; params: Array<{ name: string; value: string }>; link: string }> } };
    const verdictsOf = async (token: string) =>
      ((await t.graphql<Listed>(NOTIFICATIONS, {}, token)).data?.myNotifications.items ?? []).filter(
        (item) => item.kind === 'EVIDENCE_VERDICT',
      );
    const ownerHeard = await verdictsOf(owner.token);
    expect(ownerHeard).toContainEqual(
      expect.objectContaining({
        params: expect.arrayContaining([
          { name: 'indicator', value: 'I01' },
          { name: 'verdict', value: 'TO_REVISE' },
        ]),
        link: '/spbe/wilayah/32.11/pemdi/2026',
      }),
    );
    expect(await verdictsOf(coordinator.token)).toEqual([]);
    expect(await verdictsOf(otherCoordinator.token)).toEqual([]);
    expect(await verdictsOf(learner.token)).toEqual([]);
  });

  it('the owner replaces the item to revise; the coordinator resubmits; the replaced item takes no verdict', async () => {
    const pdf = (await detail(owner.token)).indicators[0].evidence[0];
    // Evidence elsewhere is closed after submission.
    expect((await upload(t, owner.token, evaluationId, 'I03', FIXTURES.pdf, 'baru.pdf')).body.reason).toBe('NOT_OPEN_FOR_REVISION');
    const replacement = await upload(t, owner.token, evaluationId, 'I01', FIXTURES.pdf, 'SK ditandatangani.pdf', {
      note: 'revisi',
      replacesItemId: pdf.id,
    });
    expect(replacement.status).toBe(201);
    const twice = await upload(t, owner.token, evaluationId, 'I01', FIXTURES.pdf, 'lagi.pdf', { replacesItemId: pdf.id });
    // Replaced, I01 has no item to revise left: closed again until the next verdict.
    expect(twice.body.reason).toBe('NOT_OPEN_FOR_REVISION');
    expect((await detail(coordinator.token)).openItems).toContainEqual(
      expect.objectContaining({ kind: 'NOT_SUBMITTED', evidenceItemId: replacement.body.id }),
    );

    const version = await evaluationVersion();
    const resubmit = await t.graphql(SUBMIT, { input: { evaluationId, version } }, coordinator.token);
    expect(resubmit.data).toMatchObject({ submitPemdiEvaluation: { submissionRound: 2 } });
    const nothing = await t.graphql(SUBMIT, { input: { evaluationId, version: version + 1 } }, coordinator.token);
    expect(reasonOf(nothing.errors)).toBe('NOTHING_TO_SUBMIT');

    const old = (await detail(coordinator.token)).indicators[0].evidence.find((item) => item.id === pdf.id)!;
    expect(old.replacedById).toBe(replacement.body.id);
    const onOld = await t.graphql(VERDICT, { input: { itemId: pdf.id, verdict: 'ACCEPTED', version: old.version } }, coordinator.token);
    expect(reasonOf(onOld.errors)).toBe('EVIDENCE_REPLACED');
    const onNew = await t.graphql(VERDICT, { input: { itemId: replacement.body.id, verdict: 'ACCEPTED', version: 1 } }, coordinator.token);
    expect(onNew.errors).toBeUndefined();
    const view = await t.graphql<{ pemdiEvaluation: { indices: { simulated: { provenIndicators: number } } } }>(
      VIEW,
      { regionCode: '32.11', year: 2026 },
      coordinator.token,
    );
    expect(view.data?.pemdiEvaluation.indices.simulated.provenIndicators).toBe(2);
  });

  it('"plan for me" reaches the target from the simulated index in steps of 0.25', async () => {
    const plan = await t.graphql<{
      pemdiIndexPlan: {
        currentIndex: number;
        plannedIndex: number;
        reachable: boolean;
        target: number;
        raises: Array<{ fromLevel: number; toLevel: number }>;
      };
    }>(
      'query ($id: ID!) { pemdiIndexPlan(evaluationId: $id, target: 2.5) { currentIndex plannedIndex reachable target raises { fromLevel toLevel } } }',
      { id: evaluationId },
      coordinator.token,
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.pemdiIndexPlan).toMatchObject({ reachable: true, target: 2.5 });
    expect(plan.data!.pemdiIndexPlan.plannedIndex).toBeGreaterThanOrEqual(2.5);
    for (const raise of plan.data!.pemdiIndexPlan.raises)
      expect(Math.round((raise.toLevel - raise.fromLevel) * 100)).toBeLessThanOrEqual(25);
    const other = await t.graphql(
      'query ($id: ID!) { pemdiIndexPlan(evaluationId: $id) { currentIndex } }',
      { id: evaluationId },
      otherCoordinator.token,
    );
    expect(codeOf(other.errors as Errors)).toBe('NOT_FOUND');
  });
});

describe('audit trail', () => {
  it('holds each step of the evaluation, in its transaction, under the region, with who did it', async () => {
    const rows: Array<{ action: string; actor_email: string; region_code: string }> = await t.dataSource.query(
      `SELECT action, actor_email, region_code FROM audit_events WHERE action LIKE 'pemdi.%' ORDER BY id`,
    );
    const actions = new Set(rows.map((row) => row.action));
    expect([...actions].sort()).toEqual([
      'pemdi.indicator-saved',
      'pemdi.opened',
      'pemdi.owners-assigned',
      'pemdi.submitted',
      'pemdi.verdict-recorded',
    ]);
    expect(rows.filter((row) => row.action === 'pemdi.opened')).toEqual([
      { action: 'pemdi.opened', actor_email: 'koord@example.id', region_code: '32.11' },
    ]);
    expect(rows.filter((row) => row.action === 'pemdi.verdict-recorded').every((row) => row.actor_email === 'koord@example.id')).toBe(true);
    expect(rows.filter((row) => row.action === 'pemdi.indicator-saved').every((row) => row.actor_email !== 'koord@example.id')).toBe(true);
  });
});

describe('evidence files in an S3-compatible store (s3rver)', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let app: TestApp;
  let client: S3Client;

  const objects = async (config: Extract<FileStorageConfig, { kind: 's3' }>) =>
    ((await client.send(new ListObjectsV2Command({ Bucket: config.bucket }))).Contents ?? []).map((object) => object.Key);

  beforeAll(async () => {
    s3 = await startS3Server();
    client = new S3Client({
      region: s3.config.region,
      endpoint: s3.config.endpoint,
      forcePathStyle: true,
      credentials: s3.config.credentials,
    });
    app = await createTestApp({ fileStorage: s3.config });
  });
  afterAll(async () => {
    client.destroy();
    await app.close();
    await s3.close();
  });

  it('stores, downloads, refuses and rolls back without leaving objects', async () => {
    const coordinatorS3 = await app.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32.11' });
    const opened = await app.graphql<{ openPemdiEvaluation: { id: string; version: number } }>(
      OPEN,
      { input: { regionCode: '32.11', year: 2027 } },
      coordinatorS3.token,
    );
    const id = opened.data!.openPemdiEvaluation.id;
    await app.graphql(
      ASSIGN,
      {
        input: {
          evaluationId: id,
          version: opened.data!.openPemdiEvaluation.version,
          assignments: [{ indicatorCode: 'I05', ownerId: coordinatorS3.user.id }],
        },
      },
      coordinatorS3.token,
    );
    const stored = await upload(app, coordinatorS3.token, id, 'I05', FIXTURES.pdf, 'bukti.pdf');
    expect(stored.status).toBe(201);
    expect(await objects(s3.config)).toHaveLength(1);
    const download = await fetch(`${app.url}/api/evidence/pemdi/items/${stored.body.id}/file`, {
      headers: { authorization: `Bearer ${coordinatorS3.token}` },
    });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(FIXTURES.pdf);

    expect((await upload(app, coordinatorS3.token, id, 'I05', FIXTURES.exe, 'setup.pdf')).body.reason).toBe('FILE_TYPE_NOT_ALLOWED');
    await app.dataSource.query(`CREATE FUNCTION fail_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'rolled back on purpose'; END $$`);
    await app.dataSource.query(
      'CREATE TRIGGER fail_evidence BEFORE INSERT ON pemdi_evidence_items FOR EACH ROW EXECUTE FUNCTION fail_evidence()',
    );
    expect((await upload(app, coordinatorS3.token, id, 'I05', FIXTURES.pdf, 'gagal.pdf')).status).toBe(500);
    expect(await objects(s3.config)).toHaveLength(1);
  });
});

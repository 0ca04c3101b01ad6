import { createHash, createPublicKey, generateKeyPairSync, type JsonWebKey, sign, verify } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';

/**
 * The signed Open Badges 3.0 credential, checked the way an outside verifier would: the issuer profile
 * is fetched over HTTP, and the VC-JWT is verified with node:crypto from the published JWK (not with
 * jose, which signed it).
 */
const PUBLIC_URL = 'https://livinglab.example.go.id';
const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE =
  'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt certificate { code } } }';
const LESSONS = 'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key } } } }';
const CREDENTIAL = 'query ($code: String!) { myCertificateCredential(code: $code) { code json jwt } }';
const VERIFY = `query ($code: String!, $credential: String) {
  verifyCertificate(code: $code, credential: $credential) { code recipientName title kind issuedAt issuer valid }
}`;

interface Credential {
  code: string;
  json: string;
  jwt: string;
}

let t: TestApp;
let learner: { token: string };
let other: { token: string };
let coordinator: { token: string };
let admin: { token: string };
let codes: string[];

async function certify(itemId: string, token: string): Promise<string> {
  await t.graphql(ENROL, { itemId }, token);
  const lessons = await t.graphql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(
    LESSONS,
    { id: itemId },
    token,
  );
  let code: string | undefined;
  for (const { key } of lessons.data!.contentItem.publishedRevision.lessons) {
    const done = await t.graphql<{ completeLesson: { certificate: { code: string } | null } }>(COMPLETE, { itemId, lessonKey: key }, token);
    code = done.data?.completeLesson.certificate?.code ?? code;
  }
  if (!code) throw new Error('no certificate issued');
  return code;
}

async function download(code: string, token?: string) {
  return t.graphql<{ myCertificateCredential: Credential }>(CREDENTIAL, { code }, token);
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** An independent EdDSA JWS check: node:crypto and the JWK as published. */
function verifiesWith(jwt: string, jwk: JsonWebKey): boolean {
  const [header, payload, signature] = jwt.split('.');
  if (decode(header).alg !== 'EdDSA') return false;
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  return verify(null, Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'));
}

/** The same JWT with its payload changed and the original signature kept. */
// biome-ignore lint/suspicious/noExplicitAny: a test reaches into the decoded claims freely
function tampered(jwt: string, change: (payload: Record<string, any>) => void): string {
  const [header, payload, signature] = jwt.split('.');
  const changed = decode(payload);
  change(changed);
  return `${header}.${b64url(changed)}.${signature}`;
}

function ids(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const entry of value) ids(entry, found);
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'id' && typeof entry === 'string') found.push(entry);
      else ids(entry, found);
    }
  }
  return found;
}

interface Profile {
  id: string;
  verificationMethod: Array<{ id: string; type: string; publicKeyJwk: JsonWebKey }>;
}

async function publishedKey(): Promise<{ profile: Profile; jwk: JsonWebKey }> {
  const response = await fetch(`${t.url}/credentials/issuer`);
  expect(response.status).toBe(200);
  const profile = (await response.json()) as Profile;
  return { profile, jwk: profile.verificationMethod[0].publicKeyJwk };
}

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  learner = await t.createUser({ email: 'siti.rahma@example.id', fullName: 'Siti Rahma' });
  other = await t.createUser({ email: 'other@example.id' });
  // A coordinator of another region, and an admin: neither may download a learner's credential.
  coordinator = await t.createUser({ email: 'coord@example.id', roles: ['COORDINATOR'], regionCode: '32.73' });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  const first = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Manajemen Risiko SPBE' }));
  const second = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Arsitektur SPBE' }));
  codes = [await certify(first.itemId, learner.token), await certify(second.itemId, learner.token)];
});
afterAll(() => t.close());

describe('the issuer profile', () => {
  it('publishes the public key at the issuer id under PUBLIC_URL, and as a JWK Set', async () => {
    const { profile, jwk } = await publishedKey();
    expect(profile).toMatchObject({ id: `${PUBLIC_URL}/credentials/issuer`, type: ['Profile'], url: PUBLIC_URL });
    expect(profile.verificationMethod[0]).toMatchObject({ id: `${PUBLIC_URL}/credentials/issuer#key-1`, type: 'JsonWebKey' });
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwk).not.toHaveProperty('d');
    const jwks = await (await fetch(`${t.url}/credentials/jwks.json`)).json();
    expect(jwks.keys).toEqual([{ ...jwk, kid: `${PUBLIC_URL}/credentials/issuer#key-1`, alg: 'EdDSA', use: 'sig' }]);
  });
});

describe('the downloaded credential', () => {
  it('is a VC-JWT whose signature verifies with the published key (node:crypto), and a tampered copy does not', async () => {
    const response = await download(codes[0], learner.token);
    expect(response.errors).toBeUndefined();
    const { jwt, json } = response.data!.myCertificateCredential;
    const { jwk } = await publishedKey();
    expect(verifiesWith(jwt, jwk)).toBe(true);

    const [header, payload] = jwt.split('.').map((part, index) => (index < 2 ? decode(part) : part));
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${PUBLIC_URL}/credentials/issuer#key-1`, jwk });
    const credential = JSON.parse(json);
    expect(payload).toMatchObject(credential);
    expect(payload).toMatchObject({ iss: `${PUBLIC_URL}/credentials/issuer`, jti: `${PUBLIC_URL}/verify/${codes[0]}` });
    expect(payload.nbf).toBe(Math.floor(Date.parse(credential.validFrom) / 1000));

    const renamed = tampered(jwt, (claims) => {
      claims.credentialSubject.name = 'Orang Lain';
    });
    const otherAchievement = tampered(jwt, (claims) => {
      claims.credentialSubject.achievement.name = 'Arsitektur SPBE';
    });
    expect(verifiesWith(renamed, jwk)).toBe(false);
    expect(verifiesWith(otherAchievement, jwk)).toBe(false);
    // A copy signed with any other key fails against the published one.
    const forged = `${jwt.split('.')[0]}.${jwt.split('.')[1]}`;
    const forgedSignature = sign(null, Buffer.from(forged), generateKeyPairSync('ed25519').privateKey).toString('base64url');
    expect(verifiesWith(`${forged}.${forgedSignature}`, jwk)).toBe(false);
  });

  it('is an OB 3.0 credential with every id under PUBLIC_URL, the same every time it is downloaded', async () => {
    const first = (await download(codes[0], learner.token)).data!.myCertificateCredential;
    const again = (await download(codes[0].toLowerCase(), learner.token)).data!.myCertificateCredential;
    expect(again.jwt).toBe(first.jwt);
    const credential = JSON.parse(first.json);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`${PUBLIC_URL}/verify/${codes[0]}`);
    expect(credential.issuer.id).toBe(`${PUBLIC_URL}/credentials/issuer`);
    const all = ids(credential);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const id of all) expect(id.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    expect(first.json).not.toMatch(/localhost/);
  });

  it('names its subject by the salted SHA-256 of the learner’s e-mail, with a salt of its own per certificate', async () => {
    const [one, two] = await Promise.all(
      codes.map(async (code) => JSON.parse((await download(code, learner.token)).data!.myCertificateCredential.json)),
    );
    for (const credential of [one, two]) {
      expect(credential.credentialSubject.id).toBeUndefined();
      const [identity] = credential.credentialSubject.identifier;
      expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
      expect(identity.salt).toMatch(/^[0-9a-f]{32}$/);
      const expected = createHash('sha256').update(`siti.rahma@example.id${identity.salt}`).digest('hex');
      expect(identity.identityHash).toBe(`sha256$${expected}`);
      expect(JSON.stringify(credential)).not.toMatch(/example\.id/i);
    }
    expect(one.credentialSubject.identifier[0].salt).not.toBe(two.credentialSubject.identifier[0].salt);
  });

  it('is downloaded by its learner only: signed out, another learner, another region’s coordinator and an admin get nothing', async () => {
    expect((await download(codes[0])).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [other.token, coordinator.token, admin.token]) {
      const response = await download(codes[0], token);
      expect(response.data).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' });
    }
    const unknown = await download('AAAA-BBBB-CCCC', learner.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' });
  });
});

describe('verifyCertificate', () => {
  it('says valid, publicly, with name, title, date and issuer only', async () => {
    const response = await t.graphql<{ verifyCertificate: { valid: boolean } }>(VERIFY, { code: codes[0] });
    expect(response.errors).toBeUndefined();
    expect(response.data?.verifyCertificate).toMatchObject({
      code: codes[0],
      recipientName: 'Siti Rahma',
      title: 'Manajemen Risiko SPBE',
      valid: true,
    });
    expect(JSON.stringify(response.data)).not.toMatch(/example\.id|sha256|salt/i);
  });

  it('checks a holder’s copy: the issued one is valid, a tampered or forged or another certificate’s is not', async () => {
    const { jwt } = (await download(codes[0], learner.token)).data!.myCertificateCredential;
    const { jwt: otherJwt } = (await download(codes[1], learner.token)).data!.myCertificateCredential;
    const check = async (credential: string) =>
      (await t.graphql<{ verifyCertificate: { valid: boolean } }>(VERIFY, { code: codes[0], credential })).data?.verifyCertificate.valid;
    expect(await check(jwt)).toBe(true);
    expect(
      await check(
        tampered(jwt, (claims) => {
          claims.credentialSubject.name = 'Orang Lain';
        }),
      ),
    ).toBe(false);
    expect(
      await check(
        tampered(jwt, (claims) => {
          claims.credentialSubject.achievement.name = 'Arsitektur SPBE';
        }),
      ),
    ).toBe(false);
    expect(await check(otherJwt)).toBe(false);
    const [header, payload] = jwt.split('.');
    const forged = sign(null, Buffer.from(`${header}.${payload}`), generateKeyPairSync('ed25519').privateKey).toString('base64url');
    expect(await check(`${header}.${payload}.${forged}`)).toBe(false);
    expect(await check('not a jwt')).toBe(false);
  });
});

describe('a record changed behind the issuer’s back', () => {
  it('no longer matches the copy the learner holds', async () => {
    const { jwt } = (await download(codes[1], learner.token)).data!.myCertificateCredential;
    await t.dataSource.query(`UPDATE certificates SET recipient_name = 'Orang Lain' WHERE code = $1`, [codes[1]]);
    try {
      const response = await t.graphql<{ verifyCertificate: { valid: boolean } }>(VERIFY, { code: codes[1], credential: jwt });
      expect(response.data?.verifyCertificate.valid).toBe(false);
    } finally {
      await t.dataSource.query(`UPDATE certificates SET recipient_name = 'Siti Rahma' WHERE code = $1`, [codes[1]]);
    }
  });
});

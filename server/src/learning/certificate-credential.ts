import { createHash, createHmac, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { compactVerify, type JWK, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Where the issuer profile (with its public key) is published; the static web app leaves it alone. */
export const ISSUER_PATH = '/credentials/issuer';
export const JWKS_PATH = '/credentials/jwks.json';
export const VC_JWT_MEDIA_TYPE = 'application/vc+jwt';

export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
  hashed: true;
  salt: string;
}

/**
 * The issuer's signing key and what is derived from it. Proof format: VC-JWT (Open Badges 3.0 §8.2,
 * JOSE compact serialisation, EdDSA over Ed25519): the JWT payload is the credential itself plus the
 * registered claims iss, jti and nbf; the header names the key by `kid` (a URL in the issuer profile)
 * and carries it as `jwk`. Chosen over an eddsa-rdfc-2022 Data Integrity proof because that needs
 * RDF canonicalisation of the JSON-LD (contexts fetched or pinned), while a JWS needs nothing but the
 * bytes, and every JOSE library can check it. Ed25519 signatures are deterministic, so the same stored
 * certificate always gives the same JWT and nothing has to be stored.
 */
@Injectable()
export class CredentialIssuer {
  private readonly privateKey: KeyObject;
  private readonly publicJwk: JWK;
  private readonly saltKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.privateKey = createPrivateKey(config.credentialSigningKey);
    const { kty, crv, x } = createPublicKey(this.privateKey).export({ format: 'jwk' });
    this.publicJwk = { kty: kty ?? 'OKP', crv, x };
    // The salt of a certificate's identity hash is derived, not stored: HMAC(key, code), with a key
    // derived from the signing key (so it is as secret and as lasting as the key).
    this.saltKey = createHash('sha256')
      .update('living-lab identity salt\0')
      .update(this.privateKey.export({ type: 'pkcs8', format: 'der' }))
      .digest();
  }

  issuerId(baseUrl: string): string {
    return `${baseUrl}${ISSUER_PATH}`;
  }

  keyId(baseUrl: string): string {
    return `${this.issuerId(baseUrl)}#key-1`;
  }

  /** The public key as a JWK Set entry. */
  jwk(baseUrl: string): JWK {
    return { ...this.publicJwk, kid: this.keyId(baseUrl), alg: 'EdDSA', use: 'sig' };
  }

  /** OB 3.0 Profile of the issuer at its id, with the key that verifies its credentials. */
  profile(baseUrl: string, name: string) {
    const id = this.issuerId(baseUrl);
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id,
      type: ['Profile'],
      name,
      url: baseUrl,
      verificationMethod: [{ id: this.keyId(baseUrl), type: 'JsonWebKey', controller: id, publicKeyJwk: this.publicJwk }],
      assertionMethod: [this.keyId(baseUrl)],
    };
  }

  /** OB 3.0 IdentityObject: sha256 of the normalised e-mail followed by the salt, `sha256$<hex>`. */
  identity(email: string, code: string): IdentityObject {
    const salt = createHmac('sha256', this.saltKey).update(code).digest('hex').slice(0, 32);
    const identityHash = `sha256$${createHash('sha256')
      .update(email.trim().toLowerCase() + salt)
      .digest('hex')}`;
    return { type: 'IdentityObject', identityHash, identityType: 'emailAddress', hashed: true, salt };
  }

  /** Signs an OpenBadgeCredential as a VC-JWT. */
  sign(credential: { id: string; issuer: { id: string }; validFrom: string }, baseUrl: string): Promise<string> {
    return new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: this.keyId(baseUrl), jwk: this.publicJwk })
      .setIssuer(credential.issuer.id)
      .setJti(credential.id)
      .setNotBefore(Math.floor(new Date(credential.validFrom).getTime() / 1000))
      .sign(this.privateKey);
  }

  /** The payload of a VC-JWT signed with this issuer's key, or null when the signature does not hold. */
  async verify(jwt: string): Promise<Record<string, unknown> | null> {
    try {
      const { payload } = await compactVerify(jwt, createPublicKey(this.privateKey), { algorithms: ['EdDSA'] });
      return JSON.parse(new TextDecoder().decode(payload));
    } catch {
      return null;
    }
  }
}

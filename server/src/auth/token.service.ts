import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

interface AccessTokenClaims {
  sub: string;
  /** The user's `token_version` at issue: a token whose version is not the current one is refused. */
  ver: number;
}

/** Who a valid token was issued to, and the token version it carries. */
export interface AccessTokenSubject {
  userId: string;
  tokenVersion: number;
}

/** JWT access tokens: HS256 only (an allowlist, so `alg: none` or RS/HS confusion is refused), with expiry. */
@Injectable()
export class TokenService {
  private static readonly ALGORITHM = 'HS256' as const;

  /**
   * A KeyObject made once: given a string, jsonwebtoken tries to parse it as a public key on every
   * call, which was 12 % of the server's CPU time in the benchmark.
   */
  private readonly secret: KeyObject;

  /** Each request's token checked once: the rate limiter and the access guard both ask. */
  private readonly verifiedByRequest = new WeakMap<object, AccessTokenSubject | undefined>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secret = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(user: { id: string; tokenVersion: number }): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: user.id, ver: user.tokenVersion } satisfies AccessTokenClaims, {
      secret: this.secret as unknown as Buffer,
      algorithm: TokenService.ALGORITHM,
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { token, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000) };
  }

  /** `verify(token)` for the token a request carries, computed once per request. */
  verifyForRequest(request: object, token: string): AccessTokenSubject | undefined {
    if (this.verifiedByRequest.has(request)) return this.verifiedByRequest.get(request);
    const subject = this.verify(token);
    this.verifiedByRequest.set(request, subject);
    return subject;
  }

  /** The user id and token version in a valid token, or undefined for an invalid, expired or foreign token. */
  verify(token: string): AccessTokenSubject | undefined {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.secret as unknown as Buffer,
        algorithms: [TokenService.ALGORITHM],
      });
      // A token without a version (issued before versions existed) is refused: it cannot be revoked.
      if (typeof claims.sub !== 'string' || !Number.isInteger(claims.ver)) return undefined;
      return { userId: claims.sub, tokenVersion: claims.ver };
    } catch {
      return undefined;
    }
  }
}

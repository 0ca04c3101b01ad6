import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

interface AccessTokenClaims {
  sub: string;
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

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secret = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(userId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId } satisfies AccessTokenClaims, {
      secret: this.secret as unknown as Buffer,
      algorithm: TokenService.ALGORITHM,
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { token, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000) };
  }

  /** The user id in a valid token, or undefined for an invalid, expired or foreign token. */
  verify(token: string): string | undefined {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.secret as unknown as Buffer,
        algorithms: [TokenService.ALGORITHM],
      });
      return typeof claims.sub === 'string' ? claims.sub : undefined;
    } catch {
      return undefined;
    }
  }
}

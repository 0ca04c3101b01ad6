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

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId } satisfies AccessTokenClaims, {
      secret: this.config.jwtSecret,
      algorithm: TokenService.ALGORITHM,
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { token, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000) };
  }

  /** The user id in a valid token, or undefined for an invalid, expired or foreign token. */
  verify(token: string): string | undefined {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.jwtSecret,
        algorithms: [TokenService.ALGORITHM],
      });
      return typeof claims.sub === 'string' ? claims.sub : undefined;
    } catch {
      return undefined;
    }
  }
}

import { AuthErrorReason, loginRules, registerRules } from '@living-lab/shared';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { UnauthenticatedError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { canSignIn, UsersService } from '../users';
import type { AuthPayload } from './dto/auth-payload.model';
import type { LoginInput } from './dto/login.input';
import type { RegisterInput } from './dto/register.input';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified against when the email is unknown, so a login takes as long whether or not the account exists. */
  private decoyHash = '';

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await this.hasher.hash('decoy-password-never-matches');
  }

  async register(input: RegisterInput): Promise<AuthPayload> {
    const values = validateInput(registerRules, input);
    const passwordHash = await this.hasher.hash(values.password);
    const user = await this.users.create({ ...values, passwordHash });
    return { ...this.tokens.issue(user.id), user };
  }

  async login(input: LoginInput): Promise<AuthPayload> {
    const values = validateInput(loginRules, input);
    await this.throttle.assertAllowed(values.email);
    const user = await this.users.findByEmail(values.email);
    const matches = await this.hasher.verify(user?.passwordHash ?? this.decoyHash, values.password);
    if (!user || !matches || !canSignIn(user)) {
      await this.throttle.recordFailure(values.email);
      throw new UnauthenticatedError(AuthErrorReason.INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(values.email);
    return { ...this.tokens.issue(user.id), user };
  }
}

import { AuthErrorReason, loginRules, registerRules, registerRulesWith, UsersErrorReason } from '@living-lab/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConflictError, UnauthenticatedError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { canSignIn, UsersService } from '../users';
import type { AuthPayload } from './dto/auth-payload.model';
import type { LoginInput } from './dto/login.input';
import type { RegisterInput } from './dto/register.input';
import type { RegisterPayload } from './dto/register-payload.model';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { passwordChecker } from './password-strength';
import { TokenService } from './token.service';

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);
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

  /**
   * Creates the account when neither the e-mail nor the NIP has one, and answers the same either way:
   * the public learns nothing about who is registered. The caller signs in with `login` next.
   * Until e-mail sending exists, a registration for a taken e-mail or NIP is only logged (the
   * owner should be told: "someone tried to register with your address").
   */
  async register(input: RegisterInput, ip: string): Promise<RegisterPayload> {
    validateInput(registerRules, input);
    // Counted before the strength check: scoring a password costs up to a few hundred ms of CPU.
    await this.throttle.consumeRegistration(ip);
    const values = validateInput(registerRulesWith(passwordChecker()), input);
    const passwordHash = await this.hasher.hash(values.password);
    try {
      await this.users.create({ ...values, passwordHash });
    } catch (error) {
      if (
        !(error instanceof ConflictError) ||
        (error.reason !== UsersErrorReason.EMAIL_TAKEN && error.reason !== UsersErrorReason.NIP_TAKEN)
      ) {
        throw error;
      }
      const owner = error.reason === UsersErrorReason.EMAIL_TAKEN ? await this.users.findByEmail(values.email) : null;
      this.logger.warn(
        { event: 'registration-for-existing-account', taken: error.reason, userId: owner?.id ?? null },
        'Registration with an e-mail or NIP that has an account: its owner should be told by e-mail (not sent yet)',
      );
    }
    return { checkEmail: true };
  }

  async login(input: LoginInput, ip: string): Promise<AuthPayload> {
    const values = validateInput(loginRules, input);
    await this.throttle.assertLoginAllowed(ip, values.email);
    const user = await this.users.findByEmail(values.email);
    const matches = await this.hasher.verify(user?.passwordHash ?? this.decoyHash, values.password);
    if (!user || !matches || !canSignIn(user)) {
      await this.throttle.recordLoginFailure(ip, values.email);
      throw new UnauthenticatedError(AuthErrorReason.INVALID_CREDENTIALS);
    }
    await this.throttle.recordLoginSuccess(ip, values.email);
    return { ...this.tokens.issue(user.id), user };
  }
}

import { AuthErrorReason, loginRules, registerRules, registerRulesWith, UsersErrorReason } from '@living-lab/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { RegionMembershipService } from '../region-membership';
import { canSignIn, UsersService } from '../users';
import { AccountRecoveryService } from './account-recovery.service';
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
    private readonly recovery: AccountRecoveryService,
    private readonly membership: RegionMembershipService,
    private readonly tx: TransactionRunner,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await this.hasher.hash('decoy-password-never-matches');
  }

  /**
   * Creates the account when neither the e-mail nor the NIP has one, and answers the same either way:
   * the public learns nothing about who is registered. The caller signs in with `login` next. The
   * new account starts unverified and gets a verification link, in the same transaction.
   * The owner of a taken e-mail is told by mail ("someone tried to register with your address");
   * a taken NIP is only logged (its owner's address is not the one typed).
   */
  async register(input: RegisterInput, ip: string): Promise<RegisterPayload> {
    validateInput(registerRules, input);
    // Counted before the strength check: scoring a password costs up to a few hundred ms of CPU.
    await this.throttle.consumeRegistration(ip);
    const values = validateInput(registerRulesWith(passwordChecker()), input);
    // Checked before the accounts, so an unknown region is refused the same for new and taken e-mails.
    await this.users.assertRegionExists(values.regionCode);
    const passwordHash = await this.hasher.hash(values.password);
    try {
      await this.tx.run(async (manager) => {
        // Membership is not self-declared: the account belongs to no region until a coordinator of
        // the one chosen (or an admin) approves its request to join.
        const user = await this.users.create({ ...values, regionCode: null, passwordHash, emailVerified: false }, manager);
        await this.membership.askToJoin(manager, user, values.regionCode);
        await this.recovery.sendVerification(user, manager);
      });
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
        'Registration with an e-mail or NIP that has an account',
      );
      if (owner) await this.recovery.notifyRegistrationAttempt(owner);
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
    // Only someone who knows the password learns that the account is deactivated (and to ask an
    // admin rather than reset it again and again); to anyone else it looks like any failed sign-in.
    if (user.deactivatedAt) throw new ForbiddenError(AuthErrorReason.ACCOUNT_DEACTIVATED);
    return { ...this.tokens.issue(user), user };
  }
}

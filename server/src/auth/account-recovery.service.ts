import {
  AuthErrorReason,
  changePasswordRules,
  forgotPasswordRules,
  newPasswordRulesWith,
  passwordUserInputs,
  resetPasswordRules,
  UsersErrorReason,
  verifyEmailRules,
} from '@living-lab/shared';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { JobQueue } from '../jobs';
import { MailLinks, MailService } from '../mail';
import { canSignIn, type User, UsersService } from '../users';
import { emailVerificationMail, passwordChangedMail, passwordResetMail, registrationAttemptMail } from './account-mails';
import { AccountTokensService } from './account-tokens.service';
import type { AuthPayload } from './dto/auth-payload.model';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { passwordChecker } from './password-strength';
import { TokenService } from './token.service';

/** The job that answers a "Lupa kata sandi" request: looks the address up and mails a link if it has an account. */
export const RESET_REQUEST_JOB = 'auth.password-reset-request';

interface ResetRequestJob {
  email: string;
}

/**
 * Forgot / reset / change password, e-mail verification and sign-out. Every change of password
 * raises the user's token version, which revokes every token issued before.
 */
@Injectable()
export class AccountRecoveryService implements OnModuleInit {
  private readonly logger = new Logger(AccountRecoveryService.name);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly linkTokens: AccountTokensService,
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    private readonly links: MailLinks,
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<ResetRequestJob>(RESET_REQUEST_JOB, (data) => this.answerResetRequest(data.email));
  }

  /**
   * "Lupa kata sandi". The request itself only validates, counts the IP and enqueues a job: the
   * same statements whether or not the address has an account, so neither the answer nor its
   * timing tells who is registered. The job does the lookup and the mail.
   */
  async requestPasswordReset(input: { email: string }, ip: string): Promise<void> {
    const { email } = validateInput(forgotPasswordRules, input);
    await this.throttle.consumeResetRequest(ip);
    await this.jobs.enqueue<ResetRequestJob>(RESET_REQUEST_JOB, { email });
  }

  /** The job: a link for an active personal account, at most a few an hour per address; nothing otherwise. */
  private async answerResetRequest(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !canSignIn(user) || user.deactivatedAt) return;
    if (!(await this.throttle.allowResetMail(email))) {
      this.logger.warn({ event: 'reset-mail-limit', userId: user.id }, 'Reset link not sent: too many this hour for this address');
      return;
    }
    await this.tx.run((manager) => this.sendResetLink(user, { byAdmin: false }, manager));
  }

  /** An admin sends the user a reset link (for someone who cannot receive or find the request page). */
  async sendResetLinkByAdmin(userId: string, actor: User | null = null): Promise<void> {
    const user = await this.users.requireUser(userId);
    if (!canSignIn(user)) throw new NotFoundError(UsersErrorReason.USER_NOT_FOUND);
    if (user.deactivatedAt) throw new ForbiddenError(AuthErrorReason.ACCOUNT_DEACTIVATED);
    await this.tx.run(async (manager) => {
      await this.sendResetLink(user, { byAdmin: true }, manager);
      await this.audit.record(manager, {
        actor,
        action: 'auth.password-reset-link-sent',
        subjectType: 'User',
        subjectId: user.id,
        regionCode: user.regionCode,
        after: { byAdmin: true },
      });
    });
  }

  /**
   * Sets the password from a reset link and revokes every older token, in one transaction: a weak
   * password or a deactivated account rolls back, and the link stays usable. Following the link
   * proves the address, so an unverified account becomes verified. Returns the account's e-mail
   * for the sign-in form.
   */
  async resetPassword(input: { token: string; newPassword: string }): Promise<{ email: string }> {
    const values = validateInput(resetPasswordRules, input);
    return this.tx.run(async (manager) => {
      const userId = await this.linkTokens.consume(values.token, 'PASSWORD_RESET', manager);
      const user = await this.users.requireUser(userId, manager);
      if (user.deactivatedAt) throw new ForbiddenError(AuthErrorReason.ACCOUNT_DEACTIVATED);
      validateInput(newPasswordRulesWith(resetPasswordRules, passwordChecker(), passwordUserInputs(user)), values);
      await this.users.setPassword(user.id, await this.hasher.hash(values.newPassword), { verifiesEmail: true }, manager);
      // Whoever holds the link acts as the account's owner.
      await this.audit.record(manager, {
        actor: user,
        action: 'auth.password-reset',
        subjectType: 'User',
        subjectId: user.id,
        regionCode: user.regionCode,
        after: { sessionsRevoked: true, ...(user.emailVerifiedAt ? {} : { emailVerified: true }) },
      });
      return { email: user.email };
    });
  }

  /**
   * Changes the signed-in user's password (the current one is required; a wrong one counts as a
   * failed sign-in for the throttle). Every other session ends; the caller gets a new token, and a
   * notice goes to the address in case it was not the owner.
   */
  async changePassword(user: User, input: { currentPassword: string; newPassword: string }, ip: string): Promise<AuthPayload> {
    const values = validateInput(changePasswordRules, input);
    await this.throttle.assertLoginAllowed(ip, user.email);
    if (!(await this.hasher.verify(user.passwordHash, values.currentPassword))) {
      await this.throttle.recordLoginFailure(ip, user.email);
      throw new BadUserInputError(AuthErrorReason.WRONG_PASSWORD, {
        fields: [{ field: 'currentPassword', message: 'currentPassword.wrong' }],
      });
    }
    validateInput(newPasswordRulesWith(changePasswordRules, passwordChecker(), passwordUserInputs(user)), values);
    const passwordHash = await this.hasher.hash(values.newPassword);
    await this.tx.run(async (manager) => {
      await this.users.setPassword(user.id, passwordHash, { verifiesEmail: false }, manager);
      await this.audit.record(manager, {
        actor: user,
        action: 'auth.password-changed',
        subjectType: 'User',
        subjectId: user.id,
        regionCode: user.regionCode,
        after: { sessionsRevoked: true },
      });
      const { subject, body } = passwordChangedMail(user, new Date(), this.links.url('/lupa-kata-sandi'));
      await this.mail.send(
        { to: user.email, toUserId: user.id, locale: user.locale, kind: 'auth.password-changed', essential: true, subject, body },
        manager,
      );
    });
    const updated = await this.users.requireUser(user.id);
    return { ...this.tokens.issue(updated), user: updated };
  }

  /** Sign-out: every token of the user stops working (see docs/architecture.md, "Sessions"). */
  async signOut(user: User): Promise<void> {
    await this.users.revokeTokens(user.id);
  }

  /** Mails a verification link (a new one replaces the old), inside the caller's transaction. */
  async sendVerification(user: User, manager: EntityManager): Promise<void> {
    const token = await this.linkTokens.issue(user.id, 'EMAIL_VERIFICATION', manager);
    const { subject, body } = emailVerificationMail(user, this.links.url('/verify-email', { token }));
    await this.mail.send(
      { to: user.email, toUserId: user.id, locale: user.locale, kind: 'auth.email-verification', essential: true, subject, body },
      manager,
    );
  }

  /** "Kirim ulang": a new verification link for the signed-in user, a few an hour. Nothing for a verified account. */
  async resendVerification(user: User): Promise<void> {
    if (user.emailVerifiedAt) return;
    await this.throttle.consumeVerificationMail(user.id);
    await this.tx.run((manager) => this.sendVerification(user, manager));
  }

  /** Follows a verification link (single use). */
  async verifyEmail(input: { token: string }): Promise<void> {
    const { token } = validateInput(verifyEmailRules, input);
    await this.tx.run(async (manager) => {
      const userId = await this.linkTokens.consume(token, 'EMAIL_VERIFICATION', manager);
      await this.users.markEmailVerified(userId, manager);
    });
  }

  /** Tells the owner of an address that someone tried to register with it (the registration answered as usual). */
  async notifyRegistrationAttempt(owner: User): Promise<void> {
    if (!canSignIn(owner) || owner.deactivatedAt) return;
    const { subject, body } = registrationAttemptMail(owner, this.links.url('/lupa-kata-sandi'));
    await this.mail.send({
      to: owner.email,
      toUserId: owner.id,
      locale: owner.locale,
      kind: 'auth.registration-attempt',
      essential: true,
      subject,
      body,
    });
  }

  private async sendResetLink(user: User, { byAdmin }: { byAdmin: boolean }, manager: EntityManager): Promise<void> {
    const token = await this.linkTokens.issue(user.id, 'PASSWORD_RESET', manager);
    const { subject, body } = passwordResetMail(user, this.links.url('/reset-password', { token }), { byAdmin });
    await this.mail.send(
      { to: user.email, toUserId: user.id, locale: user.locale, kind: 'auth.password-reset', essential: true, subject, body },
      manager,
    );
  }
}

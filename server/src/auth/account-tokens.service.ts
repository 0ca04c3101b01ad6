import { createHash, randomBytes } from 'node:crypto';
import { AuthErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../common/errors/domain-error';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

/** How long a mailed link works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 30 * 60 * 1000,
  EMAIL_VERIFICATION: 7 * 24 * 3600 * 1000,
};

/** Single-use links for password resets and e-mail verification (table `auth_account_tokens`). */
@Injectable()
export class AccountTokensService {
  /**
   * A new link token for the user, replacing (and so invalidating) the previous one of the same
   * purpose, inside the caller's transaction. Returns the token to put in the link; only its hash is stored.
   */
  async issue(userId: string, purpose: AccountTokenPurpose, manager: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager
      .createQueryBuilder()
      .insert()
      .into(AccountToken)
      .values({ userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]), usedAt: null })
      .orUpdate(['token_hash', 'expires_at', 'used_at', 'created_at'], ['user_id', 'purpose'])
      .execute();
    return token;
  }

  /**
   * Uses the token once and returns its user's id, inside the caller's transaction (rolled back
   * with it). Of two concurrent uses one wins: the UPDATE requires `used_at IS NULL`, and the row
   * lock makes the other wait and then find it used. TOKEN_INVALID (unknown or replaced by a newer
   * link), TOKEN_USED or TOKEN_EXPIRED otherwise.
   */
  async consume(token: string, purpose: AccountTokenPurpose, manager: EntityManager): Promise<string> {
    const tokenHash = hashToken(token);
    const used = await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()', { tokenHash, purpose })
      .returning('user_id')
      .execute();
    const [row] = used.raw as Array<{ user_id: string }>;
    if (row) return row.user_id;
    const found = await manager.getRepository(AccountToken).findOneBy({ tokenHash, purpose });
    if (!found) throw tokenError(AuthErrorReason.TOKEN_INVALID);
    throw tokenError(found.usedAt ? AuthErrorReason.TOKEN_USED : AuthErrorReason.TOKEN_EXPIRED);
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function tokenError(reason: AuthErrorReason): BadUserInputError {
  return new BadUserInputError(reason, { fields: [{ field: 'token', message: 'token.invalid' }] });
}

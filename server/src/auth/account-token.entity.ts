import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { User } from '../users';

/** What a mailed link lets its holder do. */
export const ACCOUNT_TOKEN_PURPOSES = ['PASSWORD_RESET', 'EMAIL_VERIFICATION'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * The one live link of each purpose per user: issuing a new one overwrites the row, so an older
 * link stops working the moment a newer one is sent. Only the SHA-256 of the token is kept (the
 * token is 32 random bytes, so a plain hash cannot be reversed by guessing); a used link keeps its
 * row (`used_at`) so that following it again says "already used" rather than "unknown".
 */
@Entity('auth_account_tokens')
export class AccountToken {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'enum', enum: ACCOUNT_TOKEN_PURPOSES, enumName: 'auth_account_token_purpose' })
  purpose: AccountTokenPurpose;

  /** By name: the users feature owns the table. The primary key (user_id first) indexes the foreign key. */
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** base64url SHA-256 of the token in the link. */
  @Index('auth_account_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 43 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { LOCALES, type Locale, ROLES, type Role } from '@living-lab/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Region } from '../regions';

/**
 * The password hash of a service account (the shipped content's author): no argon2 hash starts with
 * `!`, so nobody can sign in with it. Until accounts carry an explicit kind, this prefix is the mark
 * of an account that is not a person: it never signs in, is never suggested or paired as a mentor.
 */
export const SERVICE_ACCOUNT_HASH_PREFIX = '!';
export const SERVICE_ACCOUNT_PASSWORD_HASH = '!no-login';

/** Whether a person can sign in to this account (false for service accounts). */
export const canSignIn = (user: Pick<User, 'passwordHash'>): boolean => !user.passwordHash.startsWith(SERVICE_ACCOUNT_HASH_PREFIX);

/** GraphQL enums built from the shared lists, so server and web share one definition. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role' });
export const LocaleEnum = Object.fromEntries(LOCALES.map((locale) => [locale, locale])) as { [L in Locale]: L };
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Interface language: id (default) or en.' });

/** A person with an account: a civil servant (ASN), a Sumedang mentor, a coordinator or an admin. */
@ObjectType()
@Entity('users')
@Unique('users_email_key', ['email'])
@Unique('users_nip_key', ['nip'])
// A region's people in name order, a page at a time (the coordinator's learner list): without it a
// big kabupaten's 18 000 rows were read and sorted for every page (167 ms at 1 M learners; 0.1 ms with it).
@Index('users_region_name_idx', ['regionCode', 'fullName', 'id'])
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased (the rules normalise it), so the unique constraint is case-insensitive. */
  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field()
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Pegawai (18 digits), optional.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  nip: string | null;

  /**
   * The region the user belongs to, or null until a coordinator approves their first one: a new
   * account asks to join a region (region-membership) and is nobody's member meanwhile.
   */
  @Field(() => String, { nullable: true })
  @Column({ name: 'region_code', type: 'varchar', length: 5, nullable: true })
  regionCode: string | null;

  /** By name: the regions feature owns the table; set only when a query joins it. */
  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;

  @Field({ description: 'Agency / OPD (organisasi perangkat daerah).' })
  @Column({ type: 'varchar', length: 160 })
  agency: string;

  @Field(() => [RoleEnum])
  @Index('users_roles_idx', { synchronize: false })
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', array: true, default: () => `'{LEARNER}'` })
  roles: Role[];

  @Field(() => LocaleEnum)
  @Column({ type: 'varchar', length: 5, default: 'id' })
  locale: Locale;

  @Field({ description: 'IANA time zone for dates; WIB (Asia/Jakarta) by default.' })
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Asia/Jakarta' })
  timeZone: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Last learning activity (enrol, lesson, quiz), written at most once a day (WIB); "active learners" count on it. */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true, select: false })
  lastActiveAt: Date | null;

  /**
   * Put in every access token (`ver`) and compared on each request with the user the guard loads
   * anyway: a password change or reset, a sign-out and a deactivation add one, so every token
   * issued before stops working at once, without a statement per request.
   */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  /** When the owner followed the verification link; null: unverified (can learn, cannot be granted a role). */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set by an admin: the account cannot sign in and its tokens are refused; null: active. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Optimistic concurrency: every update names the version it read and fails on a mismatch. */
  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

declare module '../common/access/current-user' {
  /** The signed-in user a request carries is a User (see common/access/current-user.ts). */
  interface RequestUser extends User {}
}

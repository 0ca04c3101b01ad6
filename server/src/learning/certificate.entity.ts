import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LearningPath } from './learning-path.entity';

export enum CertificateKind {
  MODULE = 'MODULE',
  PATH = 'PATH',
}
registerEnumType(CertificateKind, { name: 'CertificateKind' });

/**
 * Proof that a learner completed a module or a path. Name and title are copied at issue time, so the
 * verification page shows what was certified even if the module is renamed later. Issued once per
 * learner and module/path (partial unique indexes).
 */
@ObjectType()
@Entity('certificates')
@Index('certificates_user_module_key', ['userId', 'itemId'], { unique: true, where: `kind = 'MODULE'` })
@Index('certificates_user_path_key', ['userId', 'pathId'], { unique: true, where: `kind = 'PATH'` })
export class Certificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Verification code shown on the certificate and used in /verify/<code>.' })
  @Index('certificates_code_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => CertificateKind)
  @Column({ type: 'enum', enum: CertificateKind, enumName: 'certificate_kind' })
  kind: CertificateKind;

  @Index('certificates_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Field(() => ID, { nullable: true })
  @Index('certificates_item_id_idx')
  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  @Field(() => ID, { nullable: true })
  @Index('certificates_path_id_idx')
  @Column({ name: 'path_id', type: 'uuid', nullable: true })
  pathId: string | null;

  @ManyToOne(() => LearningPath, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'path_id' })
  path?: LearningPath;

  @Field()
  @Column({ name: 'recipient_name', type: 'varchar', length: 120 })
  recipientName: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}

import { CONTENT_TYPES, type ContentType } from '@living-lab/shared';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContentRevision } from './content-revision.entity';

export const ContentTypeEnum = Object.fromEntries(CONTENT_TYPES.map((type) => [type, type])) as { [T in ContentType]: T };
registerEnumType(ContentTypeEnum, { name: 'ContentType', description: 'Module (course), case study or replication playbook.' });

/**
 * A piece of Sumedang's knowledge. Its text lives in revisions: at most one PUBLISHED revision that
 * learners see, and at most one open (DRAFT or IN_REVIEW) revision that its author works on.
 */
@ObjectType()
@Entity('content_items')
export class ContentItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable name of content that ships with the platform (seeded once per slug); null for mentors' own items. */
  @Field(() => String, { nullable: true })
  @Index('content_items_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  slug: string | null;

  @Field(() => ContentTypeEnum)
  @Index('content_items_type_idx')
  @Column({ type: 'enum', enum: CONTENT_TYPES, enumName: 'content_type' })
  type: ContentType;

  /** The mentor who owns the item: only they edit its drafts. */
  @Index('content_items_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @Index('content_items_published_revision_id_idx')
  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne('ContentRevision', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_revision_id' })
  publishedRevision?: ContentRevision | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the item was withdrawn from the catalogue.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { CONTENT_LEVELS, type ContentLevel, REVISION_STATUSES, type RevisionStatus } from '@living-lab/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  type EntityMetadata,
  type FindOptionsSelect,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Repository,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { StoredBody } from './content-body';
import { ContentItem } from './content-item.entity';

export const RevisionStatusEnum = Object.fromEntries(REVISION_STATUSES.map((s) => [s, s])) as { [S in RevisionStatus]: S };
registerEnumType(RevisionStatusEnum, { name: 'RevisionStatus' });
export const ContentLevelEnum = Object.fromEntries(CONTENT_LEVELS.map((l) => [l, l])) as { [L in ContentLevel]: L };
registerEnumType(ContentLevelEnum, { name: 'ContentLevel' });

/** One frozen-or-open version of an item's text. Published revisions are never edited again. */
@ObjectType()
@Entity('content_revisions')
@Unique('content_revisions_item_number_key', ['itemId', 'number'])
// At most one open revision per item: the database, not a read-then-write check, enforces it.
@Index('content_revisions_one_open_per_item', ['itemId'], { unique: true, where: `status IN ('DRAFT', 'IN_REVIEW')` })
export class ContentRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;

  @Field(() => Int, { description: 'Revision number within the item: 1, 2, 3 …' })
  @Column({ type: 'int' })
  number: number;

  @Field(() => RevisionStatusEnum)
  @Index('content_revisions_status_idx')
  @Column({ type: 'enum', enum: REVISION_STATUSES, enumName: 'revision_status' })
  status: RevisionStatus;

  /** Trigram GIN index on (title, summary) of published revisions, for the typo-tolerant search; written by hand in a migration. */
  @Field()
  @Index('content_revisions_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  @Field(() => ContentLevelEnum)
  @Index('content_revisions_level_idx')
  @Column({ type: 'enum', enum: CONTENT_LEVELS, enumName: 'content_level' })
  level: ContentLevel;

  @Field(() => Int)
  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes: number;

  @Field({ description: 'Language of the text: id or en (chooses the full-text search dictionary).' })
  @Column({ type: 'varchar', length: 5 })
  language: string;

  /** Type-specific content (lessons, case study sections or playbook steps); see content-body.ts. */
  @Column({ type: 'jsonb' })
  body: StoredBody;

  /** Title, summary and body as plain words, for search snippets. */
  @Column({ name: 'plain_text', type: 'text', select: false })
  plainText: string;

  /** Weighted full-text vector (title A, summary B, body C) in the revision's language; set on save. */
  @Index('content_revisions_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, nullable: true })
  searchVector: string | null;

  /**
   * Title (A) and summary (B) only, for ranking: search_vector decides what matches, and this small
   * vector (stored inline, unlike the long modules' TOASTed one) is what ts_rank_cd reads for every match.
   */
  @Column({ name: 'rank_vector', type: 'tsvector', select: false, nullable: true })
  rankVector: string | null;

  @Index('content_revisions_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Index('content_revisions_updated_by_idx')
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Index('content_revisions_published_at_idx')
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Optimistic concurrency: every change names the version it read. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}

const heads = new WeakMap<EntityMetadata, FindOptionsSelect<ContentRevision>>();

/**
 * Every column a revision selects but its body (24 KB on average), for reads that need titles and
 * summaries: taken from the entity's metadata, so a new column is included.
 */
export function revisionHead(revisions: Repository<ContentRevision>): FindOptionsSelect<ContentRevision> {
  let head = heads.get(revisions.metadata);
  if (!head) {
    head = Object.fromEntries(
      revisions.metadata.columns
        .filter((column) => column.isSelect && column.propertyName !== 'body')
        .map((column) => [column.propertyName, true]),
    ) as FindOptionsSelect<ContentRevision>;
    heads.set(revisions.metadata, head);
  }
  return head;
}

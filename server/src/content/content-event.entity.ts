import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

export enum ContentAction {
  CREATED = 'CREATED',
  EDITED = 'EDITED',
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REVISION_STARTED = 'REVISION_STARTED',
  ARCHIVED = 'ARCHIVED',
  RESTORED = 'RESTORED',
}
registerEnumType(ContentAction, { name: 'ContentAction' });

/** The version history: who did what to which revision, and when; edits list the fields they changed. */
@ObjectType()
@Entity('content_events')
@Index('content_events_item_created_idx', ['itemId', 'createdAt'])
export class ContentEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;

  @Field(() => ID, { nullable: true })
  @Index('content_events_revision_id_idx')
  @Column({ name: 'revision_id', type: 'uuid', nullable: true })
  revisionId: string | null;

  @ManyToOne(() => ContentRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ContentRevision;

  @Index('content_events_actor_id_idx')
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: unknown;

  @Field(() => ContentAction)
  @Column({ type: 'enum', enum: ContentAction, enumName: 'content_action' })
  action: ContentAction;

  @Field(() => [String], { description: 'For EDITED: the fields that changed.' })
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Field(() => String, { nullable: true, description: 'Review comment, for CHANGES_REQUESTED and PUBLISHED.' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

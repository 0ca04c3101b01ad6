import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContentRevision } from './content-revision.entity';

/** The SPBE indicators a revision helps raise (the catalogue filters on these). */
@Entity('content_revision_indicators')
export class ContentRevisionIndicator {
  @PrimaryColumn({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @Index('content_revision_indicators_indicator_id_idx')
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne(() => ContentRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ContentRevision;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;
}

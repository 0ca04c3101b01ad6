import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Enrolment } from './enrolment.entity';

/**
 * A lesson a learner finished. The primary key makes completing twice (or a retried request) a
 * no-op upsert; the foreign key to the enrolment makes completing without enrolling impossible.
 * `lesson_key` is the lesson's key, stable across revisions of the module.
 */
@Entity('lesson_completions')
export class LessonCompletion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ name: 'lesson_key', type: 'uuid' })
  lessonKey: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'user_id', referencedColumnName: 'userId' },
    { name: 'item_id', referencedColumnName: 'itemId' },
  ])
  enrolment?: Enrolment;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt: Date;
}

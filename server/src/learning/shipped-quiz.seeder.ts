import { randomUUID } from 'node:crypto';
import { quizRules } from '@living-lab/shared';
import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { ContentReaderService } from '../content';
import { MODULE_END_SCOPE, Quiz, type StoredQuestion } from './quiz.entity';
import { SHIPPED_QUIZZES, type ShippedQuiz } from './seed/shipped-quizzes';

/**
 * Gives each module that ships with the platform its end-of-module quiz, once: a module that already
 * has a quiz (seeded earlier, or written by its author) is left alone, so authors' edits survive every
 * restart. Runs after the content is seeded; a module that is not there (content not seeded) is skipped.
 */
@Injectable()
export class ShippedQuizSeeder {
  private readonly logger = new Logger(ShippedQuizSeeder.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly content: ContentReaderService,
  ) {}

  async seed(quizzes: ShippedQuiz[] = SHIPPED_QUIZZES): Promise<void> {
    const modules = await this.content.publishedModulesBySlugs(quizzes.map((quiz) => quiz.moduleSlug));
    let created = 0;
    // One transaction per quiz: a quiz is written whole or not at all.
    for (const shipped of quizzes) {
      const module = modules.get(shipped.moduleSlug);
      if (!module) continue;
      const values = validateInput(quizRules, {
        passMarkPercent: shipped.passMarkPercent,
        questions: shipped.questions,
        attemptsAllowed: shipped.attemptsAllowed,
        answerPolicy: shipped.answerPolicy,
        drawCount: null,
      });
      const questions: StoredQuestion[] = values.questions.map((question) => ({
        key: randomUUID(),
        kind: question.kind,
        prompt: question.prompt,
        explanation: question.explanation,
        options: question.options.map((option) => ({ key: randomUUID(), text: option.text, correct: option.correct })),
      }));
      const inserted = await this.tx.run(async (manager) => {
        if (await manager.getRepository(Quiz).existsBy({ itemId: module.item.id })) return false;
        // Another instance seeding at the same time: the unique (item, scope) constraint keeps one.
        const result = await manager
          .getRepository(Quiz)
          .createQueryBuilder()
          .insert()
          .into(Quiz)
          .values({
            itemId: module.item.id,
            scope: MODULE_END_SCOPE,
            passMarkPercent: values.passMarkPercent,
            questions,
            attemptsAllowed: values.attemptsAllowed,
            answerPolicy: values.answerPolicy,
            drawCount: values.drawCount,
            updatedById: module.item.authorId,
          })
          .orIgnore()
          .execute();
        return (result.raw as unknown[]).length > 0;
      });
      if (inserted) created++;
    }
    if (created > 0) this.logger.log(`Learning: ${created} quizzes of shipped modules seeded`);
  }
}

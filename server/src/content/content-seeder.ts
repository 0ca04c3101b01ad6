import { FrameworkCode } from '@living-lab/shared';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ConflictError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import type { User } from '../users';
import { SERVICE_ACCOUNT_PASSWORD_HASH, UsersService } from '../users';
import { ContentAuthoringService } from './content-authoring.service';
import { ContentCatalogueService } from './content-catalogue.service';
import { ContentAction, ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';
import type { ContentDraftInput } from './dto/content-draft.input';
import type { SeedContent } from './seed/seed-content.types';
import { SUMEDANG_CONTENT } from './seed/sumedang-content';

/** The account that owns the content shipped with the platform. A service account: it cannot sign in (`SERVICE_ACCOUNT_PASSWORD_HASH`) and is never a mentor to pair with. */
export const SHIPPED_CONTENT_AUTHOR = {
  email: 'konten@livinglab.sumedangkab.go.id',
  fullName: 'Tim Living Lab Kabupaten Sumedang',
  agency: 'Digital Services Living Lab, Pemerintah Kabupaten Sumedang',
  regionCode: '32.11',
};

/**
 * Publishes the case studies, playbook and modules written for the project from public facts about
 * Sumedang, once per slug, in every environment. They go through the same validation as a mentor's
 * draft; they are published directly, as content reviewed before it shipped.
 */
@Injectable()
export class ContentSeeder {
  private readonly logger = new Logger(ContentSeeder.name);

  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisions: Repository<ContentRevision>,
    private readonly tx: TransactionRunner,
    private readonly authoring: ContentAuthoringService,
    private readonly users: UsersService,
    private readonly catalogue: ContentCatalogueService,
  ) {}

  async seed(contents: SeedContent[] = SUMEDANG_CONTENT): Promise<void> {
    const existing = await this.items.find({
      select: { id: true, slug: true, type: true, authorId: true, publishedRevisionId: true },
      where: { slug: In(contents.map((content) => content.slug)) },
    });
    const idBySlug = new Map(existing.map((item) => [item.slug as string, item.id]));
    // Case studies first: playbooks link to them.
    const missing = contents
      .filter((content) => !idBySlug.has(content.slug))
      .sort((a, b) => Number(a.type === 'PLAYBOOK') - Number(b.type === 'PLAYBOOK'));
    const author = existing.length > 0 || missing.length > 0 ? await this.author() : null;
    if (!author) return;

    // One transaction per item: an item is never left behind as an unpublished draft without its slug.
    for (const content of missing) {
      const item = await this.tx.run(async (manager) => {
        const { item, revision } = await this.authoring.createDraft(manager, author, content.type, toDraft(content, idBySlug));
        await manager.update(
          ContentRevision,
          { id: revision.id },
          { status: 'PUBLISHED', submittedAt: new Date(), publishedAt: new Date() },
        );
        await manager.update(ContentItem, { id: item.id }, { slug: content.slug, publishedRevisionId: revision.id });
        await manager.insert(ContentEvent, {
          itemId: item.id,
          revisionId: revision.id,
          actorId: author.id,
          action: ContentAction.PUBLISHED,
          changedFields: [],
          comment: 'Konten bawaan Living Lab',
        });
        return item;
      });
      idBySlug.set(content.slug, item.id);
    }
    if (missing.length > 0) this.logger.log(`Catalogue: ${missing.length} shipped items published`);
    await this.correct(contents, existing, author, idBySlug);
    this.catalogue.invalidate();
  }

  /**
   * Corrections of shipped text (e.g. Jawa Barat's 4.14 labelled 2023, not 2024) reach databases
   * seeded before them: a shipped item whose published revision the shipped author wrote, and that
   * nobody is revising, gets the corrected text as a new published revision. Items a mentor took
   * over or is revising are left alone.
   */
  private async correct(contents: SeedContent[], existing: ContentItem[], author: User, idBySlug: Map<string, string>): Promise<void> {
    const candidates = existing.filter((item) => item.authorId === author.id && item.publishedRevisionId);
    if (candidates.length === 0) return;
    const beingRevised = new Set(
      (
        await this.revisions.find({
          select: { itemId: true },
          where: { itemId: In(candidates.map((item) => item.id)), status: In(['DRAFT', 'IN_REVIEW']) },
        })
      ).map((revision) => revision.itemId),
    );
    const authored = new Set(
      (
        await this.revisions.find({
          select: { id: true },
          where: { id: In(candidates.map((item) => item.publishedRevisionId as string)), createdById: author.id },
        })
      ).map((revision) => revision.id),
    );
    let corrected = 0;
    for (const item of candidates) {
      const content = contents.find((candidate) => candidate.slug === item.slug);
      if (!content || beingRevised.has(item.id) || !authored.has(item.publishedRevisionId as string)) continue;
      if (await this.tx.run((manager) => this.authoring.publishCorrection(manager, author, item, toDraft(content, idBySlug)))) corrected++;
    }
    if (corrected > 0) this.logger.log(`Catalogue: ${corrected} shipped items corrected`);
  }

  private async author(): Promise<User> {
    const existing = await this.users.findByEmail(SHIPPED_CONTENT_AUTHOR.email);
    if (existing) return existing;
    try {
      return await this.users.create({
        ...SHIPPED_CONTENT_AUTHOR,
        passwordHash: SERVICE_ACCOUNT_PASSWORD_HASH,
        roles: ['LEARNER', 'MENTOR'],
        emailVerified: true,
      });
    } catch (error) {
      // Another instance seeding at the same time created it first.
      const created = error instanceof ConflictError ? await this.users.findByEmail(SHIPPED_CONTENT_AUTHOR.email) : null;
      if (!created) throw error;
      return created;
    }
  }
}

function toDraft(content: SeedContent, idBySlug: Map<string, string>): ContentDraftInput {
  const common = {
    title: content.title,
    summary: content.summary,
    level: content.level,
    estimatedMinutes: content.estimatedMinutes,
    language: 'id',
    indicatorCodes: content.indicatorCodes,
    indicators: (content.type === 'MODULE' ? (content.pemdiIndicatorCodes ?? []) : []).map((code) => ({
      frameworkCode: FrameworkCode.PERMENPANRB_8_2026,
      code,
    })),
  };
  switch (content.type) {
    case 'MODULE':
      return { ...common, lessons: content.lessons.map((lesson, index) => ({ ...lesson, position: index + 1 })) };
    case 'CASE_STUDY':
      return {
        ...common,
        caseStudy: {
          context: content.context,
          problem: content.problem,
          whatWasDone: content.whatWasDone,
          results: content.results,
          lessonsLearned: content.lessonsLearned,
          sources: content.sources.map((source) => ({ ...source, url: source.url ?? null })),
        },
      };
    case 'PLAYBOOK': {
      const caseStudyId = content.caseStudySlug ? idBySlug.get(content.caseStudySlug) : undefined;
      if (content.caseStudySlug && !caseStudyId)
        throw new Error(`Seed playbook ${content.slug} links an unknown case study ${content.caseStudySlug}`);
      return {
        ...common,
        playbook: {
          serviceName: content.serviceName,
          prerequisites: content.prerequisites,
          steps: content.steps.map((step, index) => ({ ...step, position: index + 1 })),
          caseStudyId: caseStudyId ?? null,
        },
      };
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import type { StoredStep } from '../content/content-body';
import { ContentItem } from '../content/content-item.entity';
import { ContentRevision } from '../content/content-revision.entity';
import { Region } from '../regions/region.entity';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AdoptionStep, type AdoptionStepView, PlaybookAdoption, type ReplicationCell, StepStatus } from './replication.entities';
import type { UpdateAdoptionStepInput } from './replication.inputs';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The replication tracker: regions adopt Sumedang's playbooks and follow each step to done. */
@Injectable()
export class ReplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async adopt(actor: User, regionCode: string, playbookId: string): Promise<PlaybookAdoption> {
    await this.users.assertCoordinatesRegion(actor, regionCode);
    await this.publishedSteps(playbookId);
    try {
      return await this.dataSource.getRepository(PlaybookAdoption).save({ regionCode, playbookId, adoptedById: actor.id });
    } catch (error) {
      if (uniqueViolation(error) === 'playbook_adoptions_region_playbook_key') {
        throw new ConflictError('This region already replicates this playbook: open its tracker.', 'ALREADY_ADOPTED');
      }
      throw error;
    }
  }

  /** The adoption's steps as the playbook lists them now, with the region's progress. */
  async steps(adoptionId: string): Promise<AdoptionStepView[]> {
    const adoption = await this.dataSource.getRepository(PlaybookAdoption).findOneByOrFail({ id: adoptionId });
    const steps = await this.publishedSteps(adoption.playbookId);
    const rows = await this.dataSource.getRepository(AdoptionStep).findBy({ adoptionId });
    const byKey = new Map(rows.map((row) => [row.stepKey, row]));
    return steps.map((step, index) => {
      const row = byKey.get(step.key);
      return {
        stepKey: step.key,
        position: index + 1,
        title: step.title,
        responsibleRole: step.responsibleRole,
        estimatedDays: step.estimatedDays,
        expectedEvidence: step.evidence,
        status: row?.status ?? StepStatus.NOT_STARTED,
        blockedReason: row?.blockedReason ?? null,
        owner: row?.owner ?? '',
        evidenceUrl: row?.evidenceUrl ?? null,
        evidenceNote: row?.evidenceNote ?? '',
        startedOn: row?.startedOn ?? null,
        doneOn: row?.doneOn ?? null,
        version: row?.version ?? 0,
      };
    });
  }

  /**
   * Updates a step. DONE needs evidence (a link or a note) and BLOCKED a reason; a stale version is a
   * CONFLICT. Version 0 creates the row; a concurrent creation of the same row loses with CONFLICT.
   */
  async updateStep(actor: User, input: UpdateAdoptionStepInput): Promise<AdoptionStepView> {
    const adoption = await this.requireAdoption(actor, input.adoptionId);
    const steps = await this.publishedSteps(adoption.playbookId);
    if (!steps.some((step) => step.key === input.stepKey)) {
      throw new BadUserInputError('This step is not part of the playbook.', 'UNKNOWN_STEP', [
        { field: 'stepKey', message: 'field.invalid' },
      ]);
    }
    const evidenceUrl = input.evidenceUrl?.trim() || null;
    const evidenceNote = input.evidenceNote.trim().slice(0, 2000);
    const blockedReason = input.blockedReason?.trim() || null;
    if (evidenceUrl && !/^https?:\/\/\S+$/i.test(evidenceUrl)) {
      throw new BadUserInputError('Evidence links start with http:// or https://.', 'INVALID_INPUT', [
        { field: 'evidenceUrl', message: 'url.invalid' },
      ]);
    }
    if (input.status === StepStatus.DONE && !evidenceUrl && !evidenceNote) {
      throw new BadUserInputError('A step is done when its evidence is recorded: add a link or a note.', 'EVIDENCE_REQUIRED', [
        { field: 'evidenceUrl', message: 'field.invalid' },
      ]);
    }
    if (input.status === StepStatus.BLOCKED && !blockedReason) {
      throw new BadUserInputError('Say what blocks the step.', 'INVALID_INPUT', [{ field: 'blockedReason', message: 'reason.required' }]);
    }
    for (const [field, value] of [
      ['startedOn', input.startedOn],
      ['doneOn', input.doneOn],
    ] as const) {
      if (value && !DATE.test(value))
        throw new BadUserInputError('Enter a date as YYYY-MM-DD.', 'INVALID_INPUT', [{ field, message: 'date.invalid' }]);
    }
    const values = {
      status: input.status,
      blockedReason: input.status === StepStatus.BLOCKED ? blockedReason : null,
      owner: input.owner.trim().slice(0, 200),
      evidenceUrl,
      evidenceNote,
      startedOn: input.startedOn ?? null,
      doneOn:
        input.status === StepStatus.DONE
          ? (input.doneOn ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()))
          : null,
      updatedById: actor.id,
    };
    const repository = this.dataSource.getRepository(AdoptionStep);
    if (input.version === 0) {
      const inserted = await repository
        .createQueryBuilder()
        .insert()
        .values({ ...values, adoptionId: adoption.id, stepKey: input.stepKey })
        .orIgnore()
        .execute();
      if (inserted.identifiers.length === 0 || inserted.raw.length === 0) {
        throw new ConflictError('Someone else updated this step since you opened it. Reload it.', 'STALE_VERSION');
      }
    } else {
      const result = await repository
        .createQueryBuilder()
        .update(AdoptionStep)
        .set({ ...values, version: () => 'version + 1' })
        .where('adoption_id = :adoptionId AND step_key = :stepKey AND version = :version', {
          adoptionId: adoption.id,
          stepKey: input.stepKey,
          version: input.version,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError('Someone else updated this step since you opened it. Reload it.', 'STALE_VERSION');
    }
    return (await this.steps(adoption.id)).find((step) => step.stepKey === input.stepKey) as AdoptionStepView;
  }

  async adoption(viewer: User, id: string): Promise<PlaybookAdoption> {
    const adoption = await this.dataSource.getRepository(PlaybookAdoption).findOneBy({ id });
    if (!adoption) throw new NotFoundError('This replication does not exist.', 'ADOPTION_NOT_FOUND');
    await this.users.assertSeesRegion(viewer, adoption.regionCode);
    return adoption;
  }

  /** Which regions of a province replicate which playbooks, and how far they are (non-personal, for everyone signed in). */
  async matrix(provinceCode: string): Promise<ReplicationCell[]> {
    const adoptions: Array<{ id: string; region_code: string; playbook_id: string }> = await this.dataSource.query(
      `SELECT a.id, a.region_code, a.playbook_id FROM playbook_adoptions a JOIN regions r ON r.code = a.region_code
       WHERE r.code = $1 OR r.province_code = $1 ORDER BY a.region_code`,
      [provinceCode],
    );
    if (adoptions.length === 0) return [];
    const [regions, playbooks, counts] = await Promise.all([
      this.dataSource.getRepository(Region).findBy({ code: In(adoptions.map((a) => a.region_code)) }),
      this.dataSource.getRepository(ContentItem).findBy({ id: In(adoptions.map((a) => a.playbook_id)) }),
      this.dataSource.query(
        `SELECT adoption_id, count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked
         FROM adoption_steps WHERE adoption_id = ANY($1::uuid[]) GROUP BY adoption_id`,
        [adoptions.map((a) => a.id)],
      ) as Promise<Array<{ adoption_id: string; done: number; blocked: number }>>,
    ]);
    const totals = new Map<string, number>();
    for (const playbook of playbooks) totals.set(playbook.id, (await this.publishedSteps(playbook.id).catch(() => [])).length);
    return adoptions.map((adoption) => {
      const count = counts.find((row) => row.adoption_id === adoption.id);
      return {
        adoptionId: adoption.id,
        region: regions.find((region) => region.code === adoption.region_code) as Region,
        playbook: playbooks.find((playbook) => playbook.id === adoption.playbook_id) as ContentItem,
        stepsDone: count?.done ?? 0,
        stepsBlocked: count?.blocked ?? 0,
        stepsTotal: totals.get(adoption.playbook_id) ?? 0,
      };
    });
  }

  private async requireAdoption(actor: User, id: string): Promise<PlaybookAdoption> {
    const adoption = await this.dataSource.getRepository(PlaybookAdoption).findOneBy({ id });
    if (!adoption) throw new NotFoundError('This replication does not exist.', 'ADOPTION_NOT_FOUND');
    await this.users.assertCoordinatesRegion(actor, adoption.regionCode);
    return adoption;
  }

  private async publishedSteps(playbookId: string): Promise<StoredStep[]> {
    const item = await this.dataSource.getRepository(ContentItem).findOneBy({ id: playbookId });
    if (!item || item.type !== 'PLAYBOOK' || !item.publishedRevisionId) {
      throw new BadUserInputError('Choose a published playbook.', 'NOT_A_PLAYBOOK', [{ field: 'playbookId', message: 'field.invalid' }]);
    }
    const revision = await this.dataSource.getRepository(ContentRevision).findOneByOrFail({ id: item.publishedRevisionId });
    return revision.body.type === 'PLAYBOOK' ? revision.body.steps : [];
  }
}

import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Person } from '../users';
import { EvidenceVerdict } from './pemdi-evaluation.entities';

@ObjectType()
export class PemdiIndexFigure {
  @Field(() => Float)
  index: number;

  @Field({ description: 'From the framework’s own predicate bands.' })
  predicate: string;
}

@ObjectType()
export class PemdiSimulatedIndex extends PemdiIndexFigure {
  @Field(() => Int, { description: 'Indicators counted with their value (at least one accepted item, none to revise or rejected).' })
  provenIndicators: number;

  @Field(() => Int)
  totalIndicators: number;
}

@ObjectType()
export class PemdiOfficialIndex extends PemdiIndexFigure {
  @Field()
  source: string;

  @Field({ description: 'Demo data, not a real published value.' })
  demo: boolean;
}

@ObjectType({
  description:
    'The three indices of a Pemdi evaluation, never mixed: self-assessed (owners’ values), simulated from accepted evidence only, and official once published.',
})
export class PemdiIndices {
  @Field()
  frameworkCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => PemdiIndexFigure, { nullable: true, description: 'Null until every indicator has a value.' })
  selfAssessed: PemdiIndexFigure | null;

  @Field(() => PemdiSimulatedIndex, {
    description: 'Proven indicators at their value, every other indicator at 1.00 (see provenIndicators).',
  })
  simulated: PemdiSimulatedIndex;

  @Field(() => PemdiOfficialIndex, {
    nullable: true,
    description: 'The published value for this region, framework and year, when there is one.',
  })
  official: PemdiOfficialIndex | null;
}

export enum PemdiOpenItemKind {
  /** The indicator has no owner yet. */
  NO_OWNER = 'NO_OWNER',
  /** The owner has not set a value. */
  NO_VALUE = 'NO_VALUE',
  /** The indicator has no evidence item. */
  NO_EVIDENCE = 'NO_EVIDENCE',
  /** Evidence added after the last submission: the coordinator submits it. */
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  /** Submitted, no verdict recorded yet. */
  AWAITING_VERDICT = 'AWAITING_VERDICT',
  /** The assessors asked for a revision: back with the owner, with their note. */
  TO_REVISE = 'TO_REVISE',
}
registerEnumType(PemdiOpenItemKind, { name: 'PemdiOpenItemKind' });

@ObjectType({ description: 'Something still to do in an evaluation, for one indicator (and one evidence item where it applies).' })
export class PemdiOpenItem {
  @Field(() => PemdiOpenItemKind)
  kind: PemdiOpenItemKind;

  @Field()
  indicatorCode: string;

  @Field()
  indicatorName: string;

  @Field(() => Person, { nullable: true })
  owner: Person | null;

  @Field(() => ID, { nullable: true })
  evidenceItemId: string | null;

  @Field({ description: 'The assessors’ note for TO_REVISE, else empty.' })
  note: string;
}

@ObjectType({ description: 'What the viewer may do in this evaluation.' })
export class PemdiViewerAccess {
  @Field({ description: 'Coordinates the region (or is an admin): assigns, submits, records verdicts.' })
  coordinates: boolean;

  @Field({ description: 'Owns at least one indicator.' })
  ownsIndicators: boolean;

  @Field({ description: 'Sees indicators and evidence (coordinators and owners); others of the region see the indices only.' })
  seesEvidence: boolean;
}

@InputType()
export class OpenPemdiEvaluationInput {
  @Field()
  regionCode: string;

  @Field(() => Int, { description: 'An evaluation year of the Pemdi framework (2026 on).' })
  year: number;
}

@InputType()
export class PemdiAssignmentInput {
  @Field()
  indicatorCode: string;

  @Field(() => ID, { nullable: true, description: 'A user of the region; null removes the owner.' })
  ownerId?: string | null;
}

@InputType()
export class AssignPemdiOwnersInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [PemdiAssignmentInput])
  assignments: PemdiAssignmentInput[];
}

@InputType()
export class SavePemdiIndicatorInput {
  @Field(() => ID)
  evaluationId: string;

  @Field()
  indicatorCode: string;

  @Field(() => String, { nullable: true, description: 'When given, must be the evaluation’s framework.' })
  frameworkCode?: string | null;

  @Field(() => Float, { description: '1.00-5.00, at most two decimals.' })
  value: number;

  @Field({ defaultValue: '' })
  justification: string;

  @Field(() => Int, { description: 'The indicator entry’s version the edit is based on.' })
  version: number;
}

@InputType()
export class AddPemdiEvidenceLinkInput {
  @Field(() => ID)
  evaluationId: string;

  @Field()
  indicatorCode: string;

  @Field()
  url: string;

  @Field({ defaultValue: '' })
  note: string;

  @Field(() => ID, { nullable: true, description: 'An item to revise that this one replaces.' })
  replacesItemId?: string | null;
}

@InputType()
export class PemdiTransitionInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class RecordEvidenceVerdictInput {
  @Field(() => ID)
  itemId: string;

  @Field(() => EvidenceVerdict)
  verdict: EvidenceVerdict;

  @Field({ defaultValue: '', description: 'The assessors’ note; required for TO_REVISE.' })
  note: string;

  @Field(() => Int)
  version: number;
}

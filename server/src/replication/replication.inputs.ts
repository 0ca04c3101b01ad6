import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { StepStatus } from './replication.entities';

@InputType()
export class UpdateAdoptionStepInput {
  @Field(() => ID)
  adoptionId: string;

  @Field(() => ID)
  stepKey: string;

  @Field(() => StepStatus)
  status: StepStatus;

  @Field(() => String, { nullable: true, description: 'Required for BLOCKED.' })
  blockedReason?: string | null;

  @Field({ defaultValue: '' })
  owner: string;

  @Field(() => String, { nullable: true, description: 'Evidence link; DONE needs a link or a note.' })
  evidenceUrl?: string | null;

  @Field({ defaultValue: '' })
  evidenceNote: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  doneOn?: string | null;

  @Field(() => Int, { description: 'The step version the change is based on (0 for a step not yet started).' })
  version: number;
}

import { registerEnumType } from '@nestjs/graphql';

/**
 * What an index value is, shown beside every value so they are never confused: the value the
 * ministry published, a region's own final self-assessment, the index simulated from evidence the
 * assessors accepted, or demo data.
 */
export enum IndexValueKind {
  OFFICIAL = 'OFFICIAL',
  SELF_ASSESSED = 'SELF_ASSESSED',
  SIMULATED = 'SIMULATED',
  DEMO = 'DEMO',
}
registerEnumType(IndexValueKind, { name: 'IndexValueKind', description: 'Official, self-assessed, simulated or demo.' });

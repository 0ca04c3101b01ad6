/** Self-assessments, plans, action plans, targets and published values. */
export enum AssessmentsErrorReason {
  ASSESSMENT_EXISTS = 'ASSESSMENT_EXISTS',
  ASSESSMENT_FINAL = 'ASSESSMENT_FINAL',
  ASSESSMENT_NOT_FOUND = 'ASSESSMENT_NOT_FOUND',
  /** Fields name each indicator still without a level. */
  INCOMPLETE_ASSESSMENT = 'INCOMPLETE_ASSESSMENT',
  INVALID_LEVEL = 'INVALID_LEVEL',
  SCORE_EXISTS = 'SCORE_EXISTS',
  // Pemdi evaluations (PermenPANRB 8/2026): owners, evidence items, verdicts.
  EVALUATION_NOT_FOUND = 'EVALUATION_NOT_FOUND',
  /** params.year, params.from: the framework's first year; field `year`. */
  YEAR_NOT_COVERED = 'YEAR_NOT_COVERED',
  /** The indicator belongs to another framework (an SPBE code in a Pemdi evaluation); field `indicatorCode`. */
  INDICATOR_OF_OTHER_FRAMEWORK = 'INDICATOR_OF_OTHER_FRAMEWORK',
  /** Not 1.00-5.00 with at most two decimals; field `value`. */
  INVALID_VALUE = 'INVALID_VALUE',
  /** An owner must be a user of the evaluated region; field `assignments.N.ownerId`. */
  OWNER_NOT_IN_REGION = 'OWNER_NOT_IN_REGION',
  NOT_INDICATOR_OWNER = 'NOT_INDICATOR_OWNER',
  /** Values and justifications are fixed once submitted. */
  EVALUATION_SUBMITTED = 'EVALUATION_SUBMITTED',
  /** After submission, evidence is added only to an indicator with an item to revise. */
  NOT_OPEN_FOR_REVISION = 'NOT_OPEN_FOR_REVISION',
  /** params.missing; fields name each indicator without a value. */
  INCOMPLETE_EVALUATION = 'INCOMPLETE_EVALUATION',
  NOTHING_TO_SUBMIT = 'NOTHING_TO_SUBMIT',
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  /** A verdict needs a submitted item. */
  EVIDENCE_NOT_SUBMITTED = 'EVIDENCE_NOT_SUBMITTED',
  /** A submitted item cannot be removed (it can be replaced when it is to revise). */
  EVIDENCE_SUBMITTED = 'EVIDENCE_SUBMITTED',
  /** Only an item to revise can be replaced, once. */
  EVIDENCE_NOT_TO_REVISE = 'EVIDENCE_NOT_TO_REVISE',
  /** The item was replaced by a newer one: the verdict goes on that one. */
  EVIDENCE_REPLACED = 'EVIDENCE_REPLACED',
}

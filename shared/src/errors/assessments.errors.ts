/** Self-assessments, plans, action plans, targets and published values. */
export enum AssessmentsErrorReason {
  ASSESSMENT_EXISTS = 'ASSESSMENT_EXISTS',
  ASSESSMENT_FINAL = 'ASSESSMENT_FINAL',
  ASSESSMENT_NOT_FOUND = 'ASSESSMENT_NOT_FOUND',
  /** Fields name each indicator still without a level. */
  INCOMPLETE_ASSESSMENT = 'INCOMPLETE_ASSESSMENT',
  INVALID_LEVEL = 'INVALID_LEVEL',
  SCORE_EXISTS = 'SCORE_EXISTS',
}

import type { TestApp } from '../../test/test-app';

/** A final SPBE 59/2020 self-assessment with every indicator at one level (the index is that level). */
export async function finalSpbeAssessment(t: TestApp, regionCode: string, year: number, level: number, userId: string): Promise<void> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO spbe_assessments (region_code, year, framework_code, status, index_value, updated_by)
     VALUES ($1, $2, 'PERMENPANRB-59-2020', 'FINAL', $3, $4) RETURNING id`,
    [regionCode, year, level, userId],
  );
  await t.dataSource.query(
    `INSERT INTO spbe_assessment_levels (assessment_id, indicator_id, level)
     SELECT $1, id, $2 FROM spbe_indicators WHERE framework_code = 'PERMENPANRB-59-2020'`,
    [id, level],
  );
}

/**
 * A submitted Pemdi evaluation with every indicator at one value in hundredths (the self-assessed
 * index is that value) and no accepted evidence (the simulated index is 1.00).
 */
export async function submittedPemdiEvaluation(
  t: TestApp,
  regionCode: string,
  year: number,
  hundredths: number,
  userId: string,
): Promise<void> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO pemdi_evaluations (region_code, year, framework_code, status, submission_round, submitted_at, opened_by)
     VALUES ($1, $2, 'PERMENPANRB-8-2026', 'SUBMITTED', 1, now(), $3) RETURNING id`,
    [regionCode, year, userId],
  );
  await t.dataSource.query(
    `INSERT INTO pemdi_evaluation_indicators (evaluation_id, indicator_id, value_hundredths)
     SELECT $1, id, $2 FROM spbe_indicators WHERE framework_code = 'PERMENPANRB-8-2026'`,
    [id, hundredths],
  );
}

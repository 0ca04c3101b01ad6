import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** The SQL that would bring the database in line with the entities: empty when migrations are complete. */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => withParameters(query.query, query.parameters)),
    down: log.downQueries.map((query) => withParameters(query.query, query.parameters)).reverse(),
  };
}

function withParameters(sql: string, parameters: unknown[] | undefined): string {
  if (!parameters?.length) return sql;
  return sql.replace(/\$(\d+)/g, (_, index: string) => {
    const value = parameters[Number(index) - 1];
    return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
  });
}

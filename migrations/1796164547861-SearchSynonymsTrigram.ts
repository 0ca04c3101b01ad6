import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that finds what people type. A small title+summary vector for ranking (ts_rank_cd no longer
 * reads every matching module's full, TOASTed vector), hyphenated words indexed once more without
 * their hyphens ("e-Office" also as "eoffice"), and a trigram index on titles and summaries for the
 * typo-tolerant fallback (pg_trgm: a contrib extension the embedded PostgreSQL ships, and trusted,
 * so a database owner may create it).
 */
export class SearchSynonymsTrigram1796164547861 implements MigrationInterface {
  name = 'SearchSynonymsTrigram1796164547861';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Generated.
    await queryRunner.query('ALTER TABLE "content_revisions" ADD "rank_vector" tsvector');

    // Written by hand from here on.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // The text plus its hyphenated words without hyphens, for to_tsvector (used by ContentAuthoringService).
    await queryRunner.query(`
      CREATE FUNCTION content_search_text(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT input || coalesce(' ' || (SELECT string_agg(replace(m[1], '-', ''), ' ')
                                         FROM regexp_matches(input, '(\\w+(?:-\\w+)+)', 'g') AS m), '')
      $$`);
    await queryRunner.query(`
      UPDATE content_revisions r
      SET rank_vector = v.head,
          search_vector = v.head || setweight(to_tsvector(v.config, content_search_text(r.plain_text)), 'C')
      FROM (SELECT id, config,
                   setweight(to_tsvector(config, content_search_text(title)), 'A')
                   || setweight(to_tsvector(config, content_search_text(summary)), 'B') AS head
            FROM (SELECT id, title, summary,
                         CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END AS config
                  FROM content_revisions) c) v
      WHERE r.id = v.id`);
    // TypeORM cannot declare a GIN trigram index (the entity marks it synchronize: false). Partial: only
    // published revisions are searched.
    await queryRunner.query(
      `CREATE INDEX "content_revisions_trgm_idx" ON "content_revisions" USING GIN ("title" gin_trgm_ops, "summary" gin_trgm_ops) WHERE status = 'PUBLISHED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the vectors as the Content migration's code built them.
    await queryRunner.query('DROP INDEX "public"."content_revisions_trgm_idx"');
    await queryRunner.query(`
      UPDATE content_revisions
      SET search_vector = setweight(to_tsvector(c.config, title), 'A') || setweight(to_tsvector(c.config, summary), 'B')
                          || setweight(to_tsvector(c.config, plain_text), 'C')
      FROM (SELECT id AS cid, CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END AS config
            FROM content_revisions) c
      WHERE id = c.cid`);
    await queryRunner.query('DROP FUNCTION content_search_text(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    // Generated.
    await queryRunner.query('ALTER TABLE "content_revisions" DROP COLUMN "rank_vector"');
  }
}

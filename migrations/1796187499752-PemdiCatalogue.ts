import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 59/2020 rows a database made before this migration holds, brought to what the seeder now ships. */
const SPBE = 'PERMENPANRB-59-2020';
const OLD_LEVELS =
  '[{"level": 1, "name": "Rintisan"}, {"level": 2, "name": "Terkelola"}, {"level": 3, "name": "Terdefinisi"}, {"level": 4, "name": "Terpadu dan Terukur"}, {"level": 5, "name": "Optimum"}]';
const LEVELS_WITH_ENGLISH =
  '[{"level": 1, "name": "Rintisan", "nameEn": "Initial"}, {"level": 2, "name": "Terkelola", "nameEn": "Managed"}, {"level": 3, "name": "Terdefinisi", "nameEn": "Defined"}, {"level": 4, "name": "Terpadu dan Terukur", "nameEn": "Integrated and measured"}, {"level": 5, "name": "Optimum", "nameEn": "Optimum"}]';
/** The Layanan domain is scored on technical-function capability: its own level names. */
const SERVICE_LEVELS =
  '[{"level": 1, "name": "Informasi", "nameEn": "Information"}, {"level": 2, "name": "Interaksi", "nameEn": "Interaction"}, {"level": 3, "name": "Transaksi", "nameEn": "Transaction"}, {"level": 4, "name": "Kolaborasi", "nameEn": "Collaboration"}, {"level": 5, "name": "Optimum", "nameEn": "Optimum"}]';

/** Sources of the shipped published values (scope, region, year, source), as published-scores.data.ts has them now. */
const SOURCES: Array<[string, string, number, string]> = [
  ['REGION', '32.11', 2019, 'Evaluasi SPBE 2019 (PermenPANRB 5/2018, bukan indeks 59/2020): sumber nilai ini tidak ditemukan'],
  ['REGION', '32.11', 2020, 'Evaluasi SPBE 2020 (PermenPANRB 5/2018, bukan indeks 59/2020): peringkat pertama nasional, dilaporkan media'],
  [
    'REGION',
    '32.11',
    2021,
    'Evaluasi SPBE 2021 (PermenPANRB 59/2020), predikat Sangat Baik; KepmenPANRB 1503/2021 (belum diverifikasi), dilaporkan media',
  ],
  [
    'REGION',
    '32.11',
    2022,
    'Evaluasi SPBE 2022 (PermenPANRB 59/2020): tertinggi kabupaten/kota; KepmenPANRB 108/2023 (belum diverifikasi), dilaporkan media',
  ],
  [
    'REGION',
    '32.11',
    2024,
    'Evaluasi SPBE 2024 (PermenPANRB 59/2020; KepmenPANRB 663/2024), dilaporkan Februari 2025; target RPJMD 2025: 4,6',
  ],
  [
    'REGION',
    '32',
    2022,
    'Evaluasi SPBE 2022 (PermenPANRB 59/2020), predikat Baik; KepmenPANRB 108/2023 (belum diverifikasi), dilaporkan media',
  ],
  [
    'REGION',
    '32',
    2023,
    'Evaluasi SPBE (PermenPANRB 59/2020), dilaporkan media Agustus 2024 saat hasil terbaru adalah evaluasi 2023 (KepmenPANRB 13/2024): tahun 2023 disimpulkan, belum diverifikasi (target 4,5)',
  ],
  [
    'PROVINCE_KABKOTA_AVERAGE',
    '32',
    2023,
    'Rata-rata kabupaten/kota Jawa Barat (PermenPANRB 59/2020), dilaporkan Agustus 2024 saat hasil terbaru adalah evaluasi 2023 (KepmenPANRB 13/2024): tahun disimpulkan (target 3,8)',
  ],
  [
    'NATIONAL_AVERAGE',
    '00',
    2022,
    'Rata-rata nasional evaluasi SPBE 2022 (PermenPANRB 59/2020), dilaporkan media (dua dokumen menyebut 2,34)',
  ],
  ['NATIONAL_AVERAGE', '00', 2023, 'Rata-rata nasional evaluasi SPBE 2023 (PermenPANRB 59/2020), KepmenPANRB 13/2024'],
  ['NATIONAL_AVERAGE', '00', 2024, 'Rata-rata nasional evaluasi SPBE 2024 (PermenPANRB 59/2020), KepmenPANRB 663/2024'],
];

/**
 * Both frameworks in the catalogue: years (valid_to), revocation, value scale, per-domain level
 * names, aspects keyed by framework (Pemdi has no domains); published values and province targets
 * per framework. Data: 59/2020 is revoked by 8/2026 and applies up to 2025; published values of
 * 2019-2020 are on PermenPANRB 5/2018, 2021-2025 on 59/2020; Jawa Barat 4.14 and the kab/kota average
 * 3.38, stored as 2024, are the 2023 results; West Java's target 3.5 becomes its SPBE 2025 target.
 * Pemdi itself is seeded at the next start (SpbeCatalogueSeeder).
 */
export class PemdiCatalogue1796187499752 implements MigrationInterface {
  name = 'PemdiCatalogue1796187499752';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "spbe_frameworks" ADD "valid_to" integer');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" ADD "revoked_on" date');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" ADD "revoked_by" character varying(200)');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" ADD "scale_resolution" integer NOT NULL DEFAULT \'100\'');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" ADD "scale_plan_step" integer NOT NULL DEFAULT \'100\'');
    await queryRunner.query(
      `UPDATE "spbe_frameworks" SET "valid_to" = 2025, "revoked_on" = '2026-06-05', "revoked_by" = 'PermenPANRB 8/2026' WHERE "code" = $1`,
      [SPBE],
    );
    // Level names nobody edited get their English names.
    await queryRunner.query(
      'UPDATE "spbe_frameworks" SET "maturity_levels" = $2::jsonb WHERE "code" = $1 AND "maturity_levels" = $3::jsonb',
      [SPBE, LEVELS_WITH_ENGLISH, OLD_LEVELS],
    );

    await queryRunner.query('ALTER TABLE "spbe_domains" ADD "maturity_levels" jsonb');
    await queryRunner.query('UPDATE "spbe_domains" SET "maturity_levels" = $2::jsonb WHERE "framework_code" = $1 AND "code" = \'D4\'', [
      SPBE,
      SERVICE_LEVELS,
    ]);

    await queryRunner.query('ALTER TABLE "spbe_aspects" ADD "framework_code" character varying(40)');
    await queryRunner.query(
      'UPDATE "spbe_aspects" a SET "framework_code" = d."framework_code" FROM "spbe_domains" d WHERE d."id" = a."domain_id"',
    );
    await queryRunner.query('ALTER TABLE "spbe_aspects" ALTER COLUMN "framework_code" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "spbe_aspects" ALTER COLUMN "domain_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "spbe_aspects" ADD CONSTRAINT "spbe_aspects_framework_code_key" UNIQUE ("framework_code", "code")',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_aspects" ADD CONSTRAINT "FK_1f3157b9f6f8fb69dde2ea04b6a" FOREIGN KEY ("framework_code") REFERENCES "spbe_frameworks"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    await queryRunner.query('ALTER TABLE "spbe_published_scores" ADD "framework_code" character varying(40)');
    await queryRunner.query(
      `UPDATE "spbe_published_scores" SET "framework_code" = CASE
         WHEN "year" <= 2020 THEN 'PERMENPANRB-5-2018' WHEN "year" <= 2025 THEN 'PERMENPANRB-59-2020' ELSE 'PERMENPANRB-8-2026' END`,
    );
    await queryRunner.query('ALTER TABLE "spbe_published_scores" ALTER COLUMN "framework_code" SET NOT NULL');
    await queryRunner.query('CREATE INDEX "spbe_published_scores_framework_code_idx" ON "spbe_published_scores"  ("framework_code") ');
    // Reported in August 2024, when the latest results were those of 2023 (shipped rows only).
    await queryRunner.query(
      `UPDATE "spbe_published_scores" s SET "year" = 2023 WHERE s."region_code" = '32' AND s."year" = 2024 AND s."recorded_by" IS NULL
         AND NOT s."demo" AND ((s."scope" = 'REGION' AND s."index_value" = 4.14) OR (s."scope" = 'PROVINCE_KABKOTA_AVERAGE' AND s."index_value" = 3.38))
         AND NOT EXISTS (SELECT 1 FROM "spbe_published_scores" o WHERE o."scope" = s."scope" AND o."region_code" = '32' AND o."year" = 2023)`,
    );
    for (const [scope, regionCode, year, source] of SOURCES) {
      await queryRunner.query(
        `UPDATE "spbe_published_scores" SET "source" = $4 WHERE "scope" = $1 AND "region_code" = $2 AND "year" = $3 AND "recorded_by" IS NULL AND NOT "demo"`,
        [scope, regionCode, year, source],
      );
    }

    await queryRunner.query(
      'ALTER TABLE "spbe_targets" ADD "framework_code" character varying(40) NOT NULL DEFAULT \'PERMENPANRB-59-2020\'',
    );
    await queryRunner.query('ALTER TABLE "spbe_targets" ADD "year" integer NOT NULL DEFAULT 2025');
    await queryRunner.query('ALTER TABLE "spbe_targets" ALTER COLUMN "framework_code" DROP DEFAULT');
    await queryRunner.query('ALTER TABLE "spbe_targets" ALTER COLUMN "year" DROP DEFAULT');
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP CONSTRAINT "PK_9fb0065bc82128429086caaca1b"');
    await queryRunner.query(
      'ALTER TABLE "spbe_targets" ADD CONSTRAINT "PK_2d0ab9dab7221183e00c2d3f621" PRIMARY KEY ("province_code", "framework_code", "year")',
    );
    await queryRunner.query('CREATE INDEX "spbe_targets_framework_code_idx" ON "spbe_targets"  ("framework_code") ');
    await queryRunner.query(
      'ALTER TABLE "spbe_targets" ADD CONSTRAINT "FK_b1cc69010f0387d9b91bc6f6a35" FOREIGN KEY ("framework_code") REFERENCES "spbe_frameworks"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  /** Back to one SPBE target per province and domain-only aspects: Pemdi targets and domain-less aspects go. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP CONSTRAINT "FK_b1cc69010f0387d9b91bc6f6a35"');
    await queryRunner.query('DROP INDEX "public"."spbe_targets_framework_code_idx"');
    await queryRunner.query(
      `DELETE FROM "spbe_targets" t WHERE t."framework_code" <> $1 OR EXISTS (SELECT 1 FROM "spbe_targets" n
         WHERE n."province_code" = t."province_code" AND n."framework_code" = t."framework_code" AND n."year" > t."year")`,
      [SPBE],
    );
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP CONSTRAINT "PK_2d0ab9dab7221183e00c2d3f621"');
    await queryRunner.query('ALTER TABLE "spbe_targets" ADD CONSTRAINT "PK_9fb0065bc82128429086caaca1b" PRIMARY KEY ("province_code")');
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP COLUMN "year"');
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP COLUMN "framework_code"');

    await queryRunner.query('DROP INDEX "public"."spbe_published_scores_framework_code_idx"');
    await queryRunner.query('ALTER TABLE "spbe_published_scores" DROP COLUMN "framework_code"');

    await queryRunner.query('ALTER TABLE "spbe_aspects" DROP CONSTRAINT "FK_1f3157b9f6f8fb69dde2ea04b6a"');
    await queryRunner.query('ALTER TABLE "spbe_aspects" DROP CONSTRAINT "spbe_aspects_framework_code_key"');
    await queryRunner.query('DELETE FROM "spbe_aspects" WHERE "domain_id" IS NULL');
    await queryRunner.query('ALTER TABLE "spbe_aspects" ALTER COLUMN "domain_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "spbe_aspects" DROP COLUMN "framework_code"');
    await queryRunner.query('ALTER TABLE "spbe_domains" DROP COLUMN "maturity_levels"');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" DROP COLUMN "scale_plan_step"');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" DROP COLUMN "scale_resolution"');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" DROP COLUMN "revoked_by"');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" DROP COLUMN "revoked_on"');
    await queryRunner.query('ALTER TABLE "spbe_frameworks" DROP COLUMN "valid_to"');
  }
}

import { z } from 'zod';

/** Input rules for editing the SPBE / Pemdi catalogue (admins). Message keys as elsewhere: 'field.invalid'. */
export const LEVEL_NAME_MAX_LENGTH = 100;

const invalid = { message: 'field.invalid' };
const levelName = z.string().trim().min(1, invalid).max(LEVEL_NAME_MAX_LENGTH, invalid);

/** Five level names, one per level 1-5, each given once. */
export const maturityLevelNamesRules = z.object({
  levels: z
    .array(
      z.object({
        level: z.number().int(invalid).min(1, invalid).max(5, invalid),
        name: levelName,
        nameEn: z
          .string()
          .trim()
          .max(LEVEL_NAME_MAX_LENGTH, invalid)
          .nullish()
          .transform((name) => (name ? name : null)),
      }),
    )
    .length(5, invalid)
    .refine((levels) => new Set(levels.map((entry) => entry.level)).size === 5, invalid)
    .transform((levels) => [...levels].sort((a, b) => a.level - b.level)),
});
export type MaturityLevelNamesValues = z.output<typeof maturityLevelNamesRules>;

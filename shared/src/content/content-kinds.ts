// The content's kinds and limits, without its zod rules (content-rules.ts): a page that only lists content
// (the catalogue's filters) imports these and does not load zod and the rules with them (issue 13).

/** Catalogue content: modules, case studies and replication playbooks, written by mentors. */
export const CONTENT_TYPES = ['MODULE', 'CASE_STUDY', 'PLAYBOOK'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const CONTENT_LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;
export type ContentLevel = (typeof CONTENT_LEVELS)[number];

/**
 * A revision is DRAFT -> IN_REVIEW -> PUBLISHED; a published revision is SUPERSEDED when the next
 * one is published. An item (not a revision) is archived.
 */
export const REVISION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const CONTENT_LANGUAGES = ['id', 'en'] as const;

export const TITLE_MAX_LENGTH = 200;
export const SUMMARY_MAX_LENGTH = 1000;
/** Any one Markdown body, and the whole content of a revision, stays under 200 KB. */
export const BODY_MAX_BYTES = 200 * 1024;
export const MAX_LESSONS = 60;
export const MAX_STEPS = 60;
export const MAX_SOURCES = 40;
export const COMMENT_MAX_LENGTH = 4000;

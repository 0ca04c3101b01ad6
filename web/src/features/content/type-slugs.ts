/** Content type in the editor's URL: /konten/baru/modul. */
export const TYPE_SLUGS = { MODULE: 'modul', CASE_STUDY: 'studi-kasus', PLAYBOOK: 'playbook' } as const;

export function typeFromSlug(slug: string | undefined): keyof typeof TYPE_SLUGS | null {
  const entry = Object.entries(TYPE_SLUGS).find(([, value]) => value === slug);
  return entry ? (entry[0] as keyof typeof TYPE_SLUGS) : null;
}

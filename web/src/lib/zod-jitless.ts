/**
 * zod compiles object parsers with `new Function` when it may, and finds out by trying one: under the
 * Content-Security-Policy (no 'unsafe-eval', server/src/common/http/security-headers.ts) that attempt
 * is a violation report on every page. The web app parses small forms; the interpreted parser is
 * plenty. Imported first in main.tsx: zod reads this when each schema is built.
 *
 * Written to the global object zod keeps its configuration in (`config()` of zod returns it; every copy
 * of zod shares it) rather than through `config({ jitless: true })`: importing zod here would put its
 * core in the entry chunk, and only pages with forms need it (zod-jitless.test.ts checks zod sees it).
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

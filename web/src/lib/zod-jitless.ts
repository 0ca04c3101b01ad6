import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` when it may, and finds out by trying one: under the
 * Content-Security-Policy (no 'unsafe-eval', server/src/common/http/security-headers.ts) that attempt
 * is a violation report on every page. The web app parses small forms; the interpreted parser is
 * plenty. Imported first in main.tsx: zod reads this when each schema is built.
 */
config({ jitless: true });

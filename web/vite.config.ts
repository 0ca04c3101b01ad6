import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The shared package's CommonJS build does not work with Vite's dev server: use its TypeScript source.
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

const generated = fileURLToPath(new URL('src/gql/', import.meta.url));

const DOCUMENT_MODULE = 'virtual:living-lab-document/';

/** Chunks named after a library they hold; the service worker does not precache these. */
const UNPRECACHED_CHUNKS = ['password-strength', 'charts'] as const;
function namedChunk(moduleIds: readonly string[]): (typeof UNPRECACHED_CHUNKS)[number] | undefined {
  if (moduleIds.some((id) => /[\\/]node_modules[\\/]@zxcvbn-ts[\\/]/.test(id))) return 'password-strength';
  if (moduleIds.some((id) => /[\\/]node_modules[\\/]recharts[\\/]/.test(id))) return 'charts';
  return undefined;
}

/**
 * Replaces each `graphql(`…`)` call with an import of its document alone, as the client preset's Babel
 * plugin does, one step further: src/gql/gql.ts's `graphql()` looks documents up in a map of every
 * document of the app (all of them would load with the entry chunk), and importing them from
 * src/gql/graphql.ts would still put that one module, with every document a page uses, in one shared
 * chunk. A module per document lands in the chunk of the pages that use it. The generated files (`npm
 * run codegen`) say which document a source is (gql.ts) and what it is (graphql.ts); the types stay theirs.
 */
function graphqlDocuments(): Plugin {
  let generatedFiles: { names: Map<string, string>; documents: Map<string, string> } | undefined;
  const load = () => {
    const lookup = readFileSync(path.join(generated, 'gql.ts'), 'utf8');
    const map = lookup.slice(lookup.indexOf('const documents'), lookup.indexOf('};', lookup.indexOf('const documents')));
    const names = new Map(
      [...map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].map(([, key, name]) => [JSON.parse(key) as string, name]),
    );
    const typed = readFileSync(path.join(generated, 'graphql.ts'), 'utf8');
    const documents = new Map(
      [...typed.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(([, name, json]) => [name, json]),
    );
    return { names, documents };
  };
  return {
    name: 'living-lab:graphql-documents',
    enforce: 'pre',
    buildStart() {
      generatedFiles = undefined; // codegen may have run since (watch mode)
    },
    watchChange(id) {
      if (id.startsWith(generated)) generatedFiles = undefined; // codegen ran while the dev server runs
    },
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return null;
      generatedFiles ??= load();
      const json = generatedFiles.documents.get(id.slice(DOCUMENT_MODULE.length + 1));
      if (!json) this.error(`src/gql/graphql.ts has no ${id.slice(1)} (run \`npm run codegen\`)`);
      // A document alone has no side effects: a page that uses none of a file's documents loads none.
      return { code: `export default ${json};`, moduleSideEffects: false };
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || file.startsWith(generated) || !/\bgraphql\(\s*`/.test(code)) return null;
      generatedFiles ??= load();
      const { names } = generatedFiles;
      const used = new Set<string>();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, body: string) => {
        const name = body.includes('${') || body.includes('\\') ? undefined : names.get(body);
        if (!name)
          this.error(`${path.relative(process.cwd(), file)}: no generated document for ${call.slice(0, 60)}… (run \`npm run codegen\`)`);
        used.add(name);
        return `__document_${name}`;
      });
      // `export const X = __document_Y;` becomes an import re-exported: a page importing X links to Y's
      // module alone, not to the file with all its feature's documents, and the file itself may still use X.
      const reexported = replaced.replace(
        /^export const (\w+) = __document_(\w+);$/gm,
        (_line, exported: string, name: string) => `import ${exported} from '${DOCUMENT_MODULE}${name}';\nexport { ${exported} };`,
      );
      const imports = [...used]
        .filter((name) => reexported.includes(`__document_${name}`))
        .map((name) => `import __document_${name} from '${DOCUMENT_MODULE}${name}';\n`)
        .join('');
      return { code: imports + reexported, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    react(),
    // The service worker (src/sw.ts, built to dist/sw.js): precache of the build, images at run time. The page
    // registers it itself after load (lib/offline), so nothing of it is in the first load; public/ has the manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        // Not downloaded by every learner's phone in the background: the password-strength dictionaries
        // (sign-up and password pages, online only) and the charts (dashboards). src/sw.ts keeps them once used.
        globIgnores: [`**/assets/{${UNPRECACHED_CHUNKS.join(',')}}-*.js`],
      },
    }),
  ],
  resolve: {
    alias: { '@living-lab/shared': sharedSource },
    // rxjs (Apollo Client's observables) answers `es2015` with its ES2015 build; by default it gives its ES5
    // build, with tslib's helpers: 1.9 KB more gzipped on every page's first load (issue 13's budget).
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    // The server listens on 127.0.0.1 in development (HOST); `localhost` may resolve to ::1 first.
    proxy: { '/graphql': 'http://127.0.0.1:3000', '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the JavaScript budget check (scripts/js-budget.mjs) follows its imports.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically (React, the router, i18next, Apollo Client, the shell) in
          // one chunk: by default those modules also used by lazy pages were spread over a dozen small shared
          // chunks the first load fetched all the same, each compressed on its own (5 KB more gzipped).
          // Lazy pages import from it; what only they use stays in their chunks (scripts/js-budget.mjs).
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
        // Named by what they hold, so the service worker's precache can leave them out (globIgnores above).
        chunkFileNames: (chunk) => `assets/${namedChunk(chunk.moduleIds) ?? '[name]'}-[hash].js`,
      },
    },
  },
});

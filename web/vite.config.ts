import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shared package's CommonJS build does not work with Vite's dev server: use its TypeScript source.
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@living-lab/shared': sharedSource },
  },
  server: {
    // The server listens on 127.0.0.1 in development (HOST); `localhost` may resolve to ::1 first.
    proxy: { '/graphql': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the JavaScript budget check (scripts/js-budget.mjs) follows its imports.
    manifest: true,
  },
});

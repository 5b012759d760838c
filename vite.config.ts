// Vite builds the app (index.html → app/main.tsx) and the engine worker; vitest runs unit tests in src/ and app/.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  optimizeDeps: { include: ['zod'] },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx'],
    environment: 'node',
    // Some tests train a small model or spawn the CLI; on a busy two-core machine 5 s is too tight.
    testTimeout: 60_000,
    // Vitest's default on two cores is one worker (cores − 1), so the 99 files ran one after another
    // while the CLI tests mostly waited on their child processes. Two workers keep both cores busy;
    // threads start faster than forked processes. Each file still gets its own module graph.
    pool: 'threads',
    maxWorkers: 2,
  },
});

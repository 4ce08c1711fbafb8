import { defineConfig } from 'vitest/config';

// End-to-end specs drive a real Chromium with the built extension; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});

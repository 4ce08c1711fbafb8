import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: Node with happy-dom where a test asks for it, fake-indexeddb, and WXT's
// fake browser. End-to-end specs (test/e2e) have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'data/**/*.test.ts',
      'test/unit/**/*.test.{ts,tsx}',
      // Against ../shared/conformance: fail under CI=1 when it is missing, else skip by name.
      'test/conformance/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/setup-unit.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});

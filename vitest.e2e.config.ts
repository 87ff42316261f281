import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium and Firefox. Files run one at a time
// because each launches browsers and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

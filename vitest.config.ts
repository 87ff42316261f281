import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; e2e tests (real browsers) have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});

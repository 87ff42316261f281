import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { HIGHLIGHT_SCOPES, highlightPalettes } from './scripts/highlight-palettes.mjs';

// Unit tests live beside the code; e2e tests (real browsers) have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
  // What scripts/build.mjs defines, as in the Firefox build (highlight rules unscoped).
  define: {
    __BACKSTORY_PALETTES__: JSON.stringify(highlightPalettes(readFileSync(new URL('./src/content/content.css', import.meta.url), 'utf8'), HIGHLIGHT_SCOPES.firefox)),
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});

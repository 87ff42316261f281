import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { HIGHLIGHT_SCOPES, highlightPalettes } from './scripts/highlight-palettes.mjs';
import { shadowCardCss } from './scripts/shadow-card-css.mjs';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

// Unit tests live beside the code; e2e tests (real browsers) have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
  // What scripts/build.mjs defines, as in the Firefox build (highlight rules unscoped).
  define: {
    __BACKSTORY_PALETTES__: JSON.stringify(highlightPalettes(read('./src/content/content.css'), HIGHLIGHT_SCOPES.firefox)),
    __BACKSTORY_CARD_CSS__: JSON.stringify(shadowCardCss(read('./src/theme/theme.css'), read('./src/card/card.css'))),
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});

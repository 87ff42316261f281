// A TypeScript module of src/ for a build script: the build shares a few pure pieces with
// the extension (src/background/shadow-highlights.ts), and those live in src/, which a src
// module may import, not in scripts/, which it should not reach into. Node 20 runs no
// TypeScript, so esbuild, which builds the extension anyway, compiles the module (and what
// it imports) to one ES module in memory, imported from a data: URL.
import { build } from 'esbuild';
import { join } from 'node:path';

/** The exports of `path` (relative to the repository's root). */
export async function importSource(root, path) {
  const { outputFiles } = await build({
    entryPoints: [join(root, path)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

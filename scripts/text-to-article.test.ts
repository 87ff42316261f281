import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types';

const dir = mkdtempSync(join(tmpdir(), 'text-to-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/text-to-article.ts', ...args], { encoding: 'utf8' });
}

/** run() without waiting for it: the bad-input cases start side by side. */
function started(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/text-to-article.ts', ...args], { encoding: 'utf8' }, (err, _stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stderr });
    });
  });
}

// Each run starts node with tsx, ~1 s alone; six in a row took 33 s on a loaded machine,
// past the 30 s this had. The timeout is a hang guard, and the bad-input runs go side by side.
describe('npm run articles', { timeout: 120_000 }, () => {
  it('writes <id>.json from a headline-mode text', () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'Ceasefire holds\nA standfirst\n\nJane Roe / AFP\nThe first 33 hostages were freed.\n');
    const out = join(dir, 'out');
    const result = run(input, '--headline', '--source', 'Wire', '--date', '2025-02-03', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    const [file] = readdirSync(out);
    const article = JSON.parse(readFileSync(join(out, file as string), 'utf8')) as Article;
    expect(file).toBe(`${article.id}.json`);
    expect(article).toMatchObject({ title: 'Ceasefire holds', url: null, paragraphs: ['A standfirst', 'The first 33 hostages were freed.'] });
    expect(result.stderr).toContain('dropped photo credit: Jane Roe / AFP');
  });

  it('exits non-zero with a clear message on bad input', async () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    const cases: [string[], RegExp][] = [
      [[], /no input file/],
      [[join(dir, 'missing.txt'), '--title', 'T', '--source', 'S', '--date', '2025-02-03'], /cannot read/],
      [[latin1, '--title', 'T', '--source', 'S', '--date', '2025-02-03'], /not valid UTF-8/],
      [[latin1.replace('latin1', 'in'), '--source', 'S', '--date', '2025-02-03'], /title is missing/],
      [[latin1.replace('latin1', 'in'), '--title', 'T', '--source', 'S', '--date', 'Feb 3'], /not yyyy-mm-dd/],
      [[latin1.replace('latin1', 'in'), '--bogus'], /Unknown option/],
    ];
    const results = await Promise.all(cases.map(([args]) => started(...args)));
    cases.forEach(([args, message], i) => {
      expect(results[i]?.status, args.join(' ')).toBe(1);
      expect(results[i]?.stderr).toMatch(message);
    });
  });
});

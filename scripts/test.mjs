// `npm test`: typecheck, lint, unit tests, build, web-ext lint, e2e tests in real browsers,
// and `npm start` headless as a smoke test.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line sums every test as `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';

const tmp = join(process.cwd(), 'dist', '.test-results');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
let passed = 0, failed = 0, skipped = 0;

function run(label, cmd, args) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) console.log(`✗ ${label} failed (exit ${r.status ?? r.signal})`);
  return ok;
}
/** A check that is not a test suite counts as one test. */
function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++; else failed++;
}
function vitest(label, configArgs, name) {
  const out = join(tmp, `${name}.json`);
  const ok = run(label, bin('vitest'), ['run', ...configArgs, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) { failed++; return; }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that fails to load reports no tests: count it as a failure, never as silence.
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += broken;
  if (!ok && r.numFailedTests === 0 && broken === 0) failed++;
}

check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.']);
vitest('unit tests', [], 'unit');
const built = run('build', process.execPath, ['scripts/build.mjs']);
if (built) passed++; else failed++;
if (built) check('web-ext lint (Firefox build)', bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--self-hosted', '--warnings-as-errors=false']);
if (built && !process.argv.includes('--unit')) {
  try {
    ensureBrowsers();
    vitest('e2e tests (Chromium + Firefox)', ['--config', 'vitest.e2e.config.ts'], 'e2e');
    // What the README promises a newcomer: the demo highlights, hovers and opens the popup.
    check('npm start, headless (the demo page)', process.execPath, ['scripts/start.mjs', '--headless', '--exit', '--no-build', '--shots', tmp]);
  } catch (err) {
    console.log(`✗ browsers: ${err.message}`);
    failed++;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);

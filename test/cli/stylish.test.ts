import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { brieflint, CLEAN, ensureBuilt, lineOf, MOTION, readFixture, REPLY, REPO_ROOT, withoutColorVariables } from './helpers';

const ESCAPE = '\u001b[';
/** `  line:col  severity  message  rule-id`, with columns at least two spaces apart. */
const ROW = /^ {2,}(\d+):(\d+) {2,}(error|warning|info|hint) {2,}(\S.*?) {2,}([a-z]+(?:-[a-z]+)*)$/;

/** Runs the CLI in a pseudo-terminal (util-linux `script`), so that stdout is a TTY as in an interactive shell. */
/** Runs the CLI with a terminal for stdout, through util-linux's `script` (part of every Debian system). */
function brieflintInTerminal(args: readonly string[], env: NodeJS.ProcessEnv): string {
  const command = [process.execPath, path.join(REPO_ROOT, 'bin', 'brieflint.js'), ...args].map((word) => `'${word}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  if (result.error) assert.fail(`this test needs the \`script\` command (util-linux) to give the CLI a terminal: ${result.error.message}`);
  return result.stdout;
}

describe('brieflint command line: stylish output', () => {
  before(ensureBuilt);

  it('prints each file with problems under its path, one aligned row per problem, then the summary; exit 1', () => {
    const run = brieflint([MOTION, CLEAN]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], '');
    assert.equal(lines[1], MOTION);
    const rows = lines.slice(2, 4);
    const text = readFixture(MOTION);
    const parsed = rows.map((row) => {
      const match = ROW.exec(row);
      assert.ok(match, `row: ${JSON.stringify(row)}`);
      return { line: Number(match[1]), column: Number(match[2]), severity: match[3], message: match[4], rule: match[5] };
    });
    assert.deepEqual(parsed.map((row) => [row.line, row.severity, row.rule]), [
      [lineOf(text, "DEFENDANT'S MOTION FOR RELIEF"), 'error', 'missing-standard-of-review'],
      [lineOf(text, 'II. ARGUMENT'), 'warning', 'argument-without-authority'],
    ]);
    // 1-based column: the heading's first letter, after the margin number and its tab.
    assert.equal(parsed[1].column, text.split('\n')[parsed[1].line - 1].indexOf('II. ARGUMENT') + 1);
    assert.match(parsed[1].message, /^"II\. ARGUMENT" cites no legal authority/);
    // Aligned: the severity and rule columns start at the same place on every row.
    assert.equal(new Set(rows.map((row) => row.search(/(error|warning) /))).size, 1);
    assert.equal(new Set(rows.map((row) => row.lastIndexOf('  ') + 2)).size, 1);
    // The clean file gets no header.
    assert.ok(!run.stdout.includes(CLEAN));
    assert.deepEqual(lines.slice(4), ['', '\u2716 2 problems (1 error, 1 warning, 0 infos)', '']);
  });

  it('counts infos in the summary and exits 0 when nothing is an error', () => {
    const run = brieflint([REPLY]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, / info {2,}This reply asks the court for relief, but brieflint could not find the motion/);
    assert.ok(run.stdout.endsWith('\n\u2716 1 problem (0 errors, 0 warnings, 1 info)\n'), run.stdout);
  });

  it('prints nothing for a clean brief', () => {
    const run = brieflint([CLEAN]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '');
  });

  it('prints no colour codes when stdout is piped', () => {
    assert.ok(!brieflint([MOTION]).stdout.includes(ESCAPE));
  });

  it('colours a terminal, unless NO_COLOR is set', () => {
    const env = withoutColorVariables(process.env);
    const coloured = brieflintInTerminal([MOTION], env);
    assert.ok(coloured.includes(`${ESCAPE}4m${MOTION}${ESCAPE}24m`), 'underlined path');
    assert.ok(coloured.includes(`${ESCAPE}31merror${ESCAPE}39m`), 'red error');
    const plain = brieflintInTerminal([MOTION], { ...env, NO_COLOR: '1' });
    assert.ok(plain.includes(MOTION) && !plain.includes(ESCAPE), JSON.stringify(plain));
  });
});

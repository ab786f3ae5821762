import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brieflint, CLEAN, ensureBuilt, REPO_ROOT, STACK_FRAME } from './helpers';

/** A usage error is one line naming the mistake, then the hint; exit 2; nothing on stdout. */
function assertUsageError(args: string[], expected: RegExp): void {
  const run = brieflint(args);
  assert.equal(run.status, 2, `exit status for ${args.join(' ')}; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, run.stderr);
  assert.match(lines[0], expected);
  assert.match(lines[0], /^brieflint: /);
  assert.equal(lines[1], "Run 'brieflint --help' for usage.");
  assert.doesNotMatch(run.stderr, STACK_FRAME);
}

describe('brieflint command line: arguments', () => {
  before(ensureBuilt);

  it('prints the usage on --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = brieflint([flag]);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: brieflint \[options\] PATH\.\.\./);
      for (const option of ['--format', '--config', '--version', 'citations', 'sarif']) assert.ok(run.stdout.includes(option), option);
      assert.equal(run.stderr, '');
    }
  });

  it("prints package.json's version on --version and -v", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = brieflint([flag]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${version}\n`);
    }
  });

  it('rejects an unknown option', () => {
    assertUsageError(['--fix', CLEAN], /unknown option '--fix'/);
    assertUsageError(['-q', CLEAN], /unknown option '-q'/);
  });

  it('rejects an option without its value', () => {
    assertUsageError([CLEAN, '--format'], /option '--format' needs a value/);
    assertUsageError(['--config'], /option '--config' needs a value/);
    // The next flag is not taken for the value.
    assertUsageError(['--format', '--config', 'x.yml', CLEAN], /option '--format' needs a value/);
  });

  it('rejects an unknown format, naming the formats there are', () => {
    assertUsageError(['--format', 'xml', CLEAN], /unknown format 'xml' \(use stylish, json or sarif\)/);
    assertUsageError(['citations', '--format=sarif', CLEAN], /unknown format 'sarif' for citations \(use stylish or json\)/);
  });

  it('rejects a value given to a flag that takes none', () => {
    assertUsageError(['--help=yes'], /option '--help' takes no value/);
  });

  it('asks for a path when none is given', () => {
    assertUsageError([], /no files or folders given/);
    assertUsageError(['citations', '--format', 'json'], /no files or folders given/);
  });

  it('accepts the format before or after the paths, in either spelling', () => {
    for (const args of [['--format', 'json', CLEAN], [CLEAN, '-f', 'json'], [`--format=json`, CLEAN]]) {
      const run = brieflint(args);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(Array.isArray(JSON.parse(run.stdout)), args.join(' '));
    }
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brieflint, CLEAN, ensureBuilt, makeTempFolder, MOTION, parseJson, removeTempFolders, STACK_FRAME } from './helpers';

interface FileReport {
  file: string;
  diagnostics: { code: string; severity: string }[];
}

describe('brieflint command line: --config', () => {
  let folder: string;

  function writeConfig(name: string, content: string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
  }

  function findings(stdout: string): string[] {
    return (parseJson(stdout) as FileReport[]).flatMap((report) => report.diagnostics.map((diagnostic) => `${diagnostic.code}:${diagnostic.severity}`));
  }

  before(() => {
    ensureBuilt();
    folder = makeTempFolder();
  });
  after(removeTempFolders);

  it('turns a rule off and lowers another to a warning (YAML); with no error left, exit 0', () => {
    const config = writeConfig('brieflint.yml', 'rules:\n  argument-without-authority: off\n  missing-standard-of-review: warning\n');
    const run = brieflint(['--format', 'json', '--config', config, MOTION]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(findings(run.stdout), ['missing-standard-of-review:warning']);
  });

  it('raises a warning to an error (JSON); exit 1', () => {
    const config = writeConfig('brieflint.json', '{"rules": {"argument-without-authority": "error", "missing-standard-of-review": "off"}}');
    const run = brieflint(['--format', 'json', '-c', config, MOTION]);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run.stdout), ['argument-without-authority:error']);
  });

  it('applies to the stylish summary too', () => {
    const config = writeConfig('quiet.yml', 'rules: { missing-standard-of-review: off }\n');
    const run = brieflint(['--config', config, MOTION]);
    assert.equal(run.status, 0);
    assert.ok(run.stdout.endsWith('\u2716 1 problem (0 errors, 1 warning, 0 infos)\n'), run.stdout);
  });

  it('warns once about each invalid value and uses the default for it', () => {
    const config = writeConfig('invalid.yml', 'rules:\n  argument-without-authority: loud\n  no-such-rule: off\n  missing-standard-of-review: off\n');
    const run = brieflint(['--format', 'json', '--config', config, MOTION, CLEAN]);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    assert.match(lines[0], new RegExp(`^brieflint: ${escapeRegExp(config)}: warning: \`rules\\.argument-without-authority\` must be one of .*"loud"`));
    assert.match(lines[1], new RegExp(`^brieflint: ${escapeRegExp(config)}: warning: unknown rule \`no-such-rule\``));
    // The valid setting holds; the invalid one falls back to the rule's default severity.
    assert.deepEqual(findings(run.stdout), ['argument-without-authority:warning']);
  });

  it('stops with exit 2 and one line when the config file is missing', () => {
    const missing = path.join(folder, 'nowhere.yml');
    const run = brieflint(['--config', missing, MOTION]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '', 'no brief is checked with settings other than the ones asked for');
    assert.equal(run.stderr, `brieflint: ${missing}: no such file or folder\n`);
  });

  it('stops with exit 2 and one line naming the place when the config is not YAML', () => {
    const config = writeConfig('broken.yml', 'rules:\n  argument-without-authority: [off\n');
    const run = brieflint(['--config', config, MOTION]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.match(run.stderr, new RegExp(`^brieflint: ${escapeRegExp(config)}: not valid YAML: .* at line \\d+, column \\d+\\n$`));
  });

  it('stops with exit 2 on an alias that YAML cannot resolve', () => {
    const config = writeConfig('alias.yml', 'rules: *missing\n');
    const run = brieflint(['--config', config, MOTION]);
    assert.equal(run.status, 2);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.match(run.stderr, new RegExp(`^brieflint: ${escapeRegExp(config)}: not valid YAML: [^\\n]+\\n$`));
  });

  it('accepts an empty config file as the defaults', () => {
    const config = writeConfig('empty.yml', '# nothing set yet\n');
    const run = brieflint(['--format', 'json', '--config', config, CLEAN]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  });

  it('warns when the config is not a mapping, and uses the defaults', () => {
    const config = writeConfig('list.yml', '- argument-without-authority\n');
    const run = brieflint(['--format', 'json', '--config', config, MOTION]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^brieflint: .*list\.yml: warning: the configuration must be a mapping/);
    assert.deepEqual(findings(run.stdout), ['missing-standard-of-review:error', 'argument-without-authority:warning']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  brieflint, CLEAN, ensureBuilt, makeTempFolder, parseJson, readFixture, removeTempFolders, REPO_ROOT, STACK_FRAME, type CliRun,
} from './helpers';

interface FileReport {
  file: string;
}

function reportedFiles(run: CliRun): string[] {
  return (parseJson(run.stdout) as FileReport[]).map((report) => report.file);
}

/** Exactly these lines on stderr, and never a stack trace. */
function assertStderrLines(run: CliRun, expected: readonly (string | RegExp)[]): void {
  assert.doesNotMatch(run.stderr, STACK_FRAME);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, expected.length, `stderr:\n${run.stderr}`);
  expected.forEach((pattern, i) => {
    if (typeof pattern === 'string') assert.equal(lines[i], pattern);
    else assert.match(lines[i], pattern);
  });
}

describe('brieflint command line: bad input', () => {
  let folder: string;
  let good: string;

  before(() => {
    ensureBuilt();
    folder = makeTempFolder();
    good = path.join(folder, 'good.md');
    fs.writeFileSync(good, readFixture(CLEAN));
  });
  after(removeTempFolders);

  /** Runs the good brief with one bad file; the bad one gets one line, the good one is still reported, and the exit is 2. */
  function assertRejected(badName: string, content: Buffer | string, message: string | RegExp): void {
    const bad = path.join(folder, badName);
    fs.writeFileSync(bad, content);
    const run = brieflint(['--format', 'json', good, bad]);
    assert.equal(run.status, 2, run.stderr);
    assertStderrLines(run, [typeof message === 'string' ? `brieflint: ${bad}: ${message}` : message]);
    if (message instanceof RegExp) assert.ok(run.stderr.startsWith(`brieflint: ${bad}: `), run.stderr);
    assert.deepEqual(reportedFiles(run), [good]);
  }

  it('names a missing file, and still reports the others', () => {
    const missing = path.join(folder, 'no-such-brief.md');
    const run = brieflint(['--format', 'json', good, missing]);
    assert.equal(run.status, 2);
    assertStderrLines(run, [`brieflint: ${missing}: no such file or folder`]);
    assert.deepEqual(reportedFiles(run), [good]);
  });

  it('declines a binary file', () => {
    assertRejected('scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x41]), 'binary file (it contains NUL bytes), not a text brief');
  });

  it('declines text that is not UTF-8, naming the line of the first bad byte', () => {
    // Windows-1252 curly quotes (0x93, 0x94) are the usual culprit in text saved from a word processor.
    const latin1 = Buffer.concat([Buffer.from("MOTION\n\nThe court's order is "), Buffer.from([0x93]), Buffer.from('wrong'), Buffer.from([0x94]), Buffer.from('.\n')]);
    assertRejected('windows-1252.txt', latin1, 'not valid UTF-8 text (first bad byte on line 3); save it as UTF-8');
  });

  it('declines UTF-16 text with a hint to save it as UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('MOTION FOR RELIEF\n', 'utf16le')]);
    assertRejected('utf16.txt', utf16, 'the file is UTF-16 text; save it as UTF-8');
  });

  it('declines an empty file and a file of only blank lines', () => {
    assertRejected('empty.md', '', 'empty file, nothing to check');
    assertRejected('blank.txt', ' \n\r\n\t\n', 'empty file, nothing to check');
  });

  it('declines a file over 10 MB without reading it into the engine', () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 'All work and no play. ');
    assertRejected('huge.txt', big, 'file too large (20 MB; brieflint reads files up to 10 MB)');
  });

  it('names a file it has no permission to read', () => {
    const secret = path.join(folder, 'sealed.md');
    fs.writeFileSync(secret, readFixture(CLEAN));
    fs.chmodSync(secret, 0o000);
    // root reads any file, so as root the CLI runs as the unprivileged user `nobody`.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if ('uid' in asNobody) {
      fs.chmodSync(folder, 0o755);
      fs.chmodSync(good, 0o644);
    }
    const run = brieflint(['--format', 'json', good, secret], asNobody);
    assert.equal(run.status, 2, run.stderr);
    assertStderrLines(run, [`brieflint: ${secret}: permission denied`]);
    assert.deepEqual(reportedFiles(run), [good]);
  });

  it('reports every bad file on its own line in one run, and the good file once', () => {
    const run = brieflint(['--format', 'json', path.join(folder, 'scan.md'), good, path.join(folder, 'absent.md'), path.join(folder, 'empty.md')]);
    assert.equal(run.status, 2);
    assertStderrLines(run, [/scan\.md: binary file/, /absent\.md: no such file or folder$/, /empty\.md: empty file/]);
    assert.deepEqual(reportedFiles(run), [good]);
  });

  it('gives exit 2 and one line on stderr for stylish output too', () => {
    const run = brieflint([good, path.join(folder, 'absent.md')]);
    assert.equal(run.status, 2);
    assertStderrLines(run, [/absent\.md: no such file or folder$/]);
  });
});

describe('brieflint command line: folders', () => {
  let root: string;

  before(() => {
    ensureBuilt();
    root = makeTempFolder();
    const brief = readFixture(CLEAN);
    const files = [
      'briefs/b.md', 'briefs/a.txt', 'briefs/z.brief', 'briefs/2019/reply.md', 'briefs/2019/01/motion.TXT',
      'briefs/notes.pdf', 'briefs/node_modules/pkg/readme.md', 'briefs/.git/description.md', 'briefs/.drafts/old.md',
      'briefs/.~lock.b.md', 'empty-folder/.keep.md',
    ];
    for (const file of files) {
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), brief);
    }
  });
  after(removeTempFolders);

  it('finds .md, .txt and .brief files recursively, sorted, skipping node_modules and dot-folders', () => {
    const run = brieflint(['--format', 'json', 'briefs'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(reportedFiles(run), [
      'briefs/2019/01/motion.TXT', 'briefs/2019/reply.md', 'briefs/a.txt', 'briefs/b.md', 'briefs/z.brief',
    ].map((file) => file.split('/').join(path.sep)));
  });

  it('checks a file named together with its folder once, keeping the order of the paths', () => {
    const run = brieflint(['--format', 'json', path.join('briefs', 'b.md'), 'briefs', path.join('.', 'briefs', 'b.md')], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    const files = reportedFiles(run);
    assert.equal(files[0], path.join('briefs', 'b.md'));
    assert.equal(files.length, 5);
    assert.equal(new Set(files).size, 5);
  });

  it('reads a file named on the command line whatever its extension', () => {
    const run = brieflint(['--format', 'json', path.join('briefs', 'notes.pdf')], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(reportedFiles(run), [path.join('briefs', 'notes.pdf')]);
  });

  it('says so when a folder holds no briefs', () => {
    const run = brieflint(['--format', 'json', 'empty-folder'], { cwd: root });
    assert.equal(run.status, 2);
    assertStderrLines(run, ['brieflint: empty-folder: no .md, .txt or .brief files in this folder or below it']);
    assert.deepEqual(reportedFiles(run), []);
  });

  it('works from any folder, with paths relative to it', () => {
    const run = brieflint(['--format', 'json', path.join(REPO_ROOT, CLEAN)], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(reportedFiles(run), [path.join(REPO_ROOT, CLEAN)]);
  });
});

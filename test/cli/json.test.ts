import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  brieflint, CLEAN, ensureBuilt, keysOf, lineOf, makeTempFolder, MOTION, parseJson, readFixture, removeTempFolders, REPLY,
} from './helpers';

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  code: string;
  severity: string;
  range: { start: Position; end: Position };
  message: string;
}
interface FileReport {
  file: string;
  kind: string;
  diagnostics: Diagnostic[];
}

const KINDS = ['motion', 'opposition', 'reply', 'objection', 'unknown'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

/** Parses the JSON report after checking that every object in it has exactly the documented keys and types. */
function readReport(stdout: string): FileReport[] {
  const report = parseJson(stdout);
  assert.ok(Array.isArray(report), 'the report is an array');
  for (const file of report as unknown[]) {
    assert.deepEqual(keysOf(file), ['diagnostics', 'file', 'kind']);
    const { file: name, kind, diagnostics } = file as FileReport;
    assert.equal(typeof name, 'string');
    assert.ok(KINDS.includes(kind), kind);
    assert.ok(Array.isArray(diagnostics));
    for (const diagnostic of diagnostics) {
      assert.deepEqual(keysOf(diagnostic), ['code', 'message', 'range', 'severity']);
      assert.equal(typeof diagnostic.code, 'string');
      assert.equal(typeof diagnostic.message, 'string');
      assert.ok(SEVERITIES.includes(diagnostic.severity), diagnostic.severity);
      assert.deepEqual(keysOf(diagnostic.range), ['end', 'start']);
      for (const position of [diagnostic.range.start, diagnostic.range.end]) {
        assert.deepEqual(keysOf(position), ['character', 'line']);
        assert.ok(Number.isInteger(position.line) && position.line >= 0);
        assert.ok(Number.isInteger(position.character) && position.character >= 0);
      }
    }
  }
  return report as FileReport[];
}

/** `code@line` for each diagnostic, with 0-based lines as in the output. */
function codesAtLines(report: FileReport): string[] {
  return report.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line}`);
}

describe('brieflint command line: --format json', () => {
  before(ensureBuilt);
  after(removeTempFolders);

  it('reports the motion on pleading paper: no standard of review (an error) and an argument without authority; exit 1', () => {
    const run = brieflint(['--format', 'json', MOTION]);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const [motion, ...rest] = readReport(run.stdout);
    assert.equal(rest.length, 0);
    assert.equal(motion.file, MOTION);
    assert.equal(motion.kind, 'objection');
    const text = readFixture(MOTION);
    // 0-based: the title's first line (right of the caption), then the ARGUMENT heading.
    assert.deepEqual(codesAtLines(motion), [
      `missing-standard-of-review@${lineOf(text, "DEFENDANT'S MOTION FOR RELIEF") - 1}`,
      `argument-without-authority@${lineOf(text, 'II. ARGUMENT') - 1}`,
    ]);
    assert.deepEqual(motion.diagnostics.map((diagnostic) => diagnostic.severity), ['error', 'warning']);
    const [title, heading] = motion.diagnostics;
    assert.equal(title.range.start.character, text.split('\n')[title.range.start.line].indexOf("DEFENDANT'S MOTION"));
    // The heading starts after the margin number and its tab.
    assert.equal(heading.range.start.character, text.split('\n')[heading.range.start.line].indexOf('II. ARGUMENT'));
    assert.match(heading.message, /"II\. ARGUMENT" cites no legal authority/);
  });

  it('reports nothing for the clean Markdown brief, and exits 0', () => {
    const run = brieflint(['--format', 'json', CLEAN]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readReport(run.stdout), [{ file: CLEAN, kind: 'opposition', diagnostics: [] }]);
  });

  it('compares a reply with its motion when they are checked together', () => {
    const reply = readFixture(REPLY);
    const askedLine = lineOf(reply, 'enter the version of the protective order') - 1;

    const together = readReport(brieflint(['--format', 'json', MOTION, REPLY]).stdout);
    assert.deepEqual(together.map((report) => [report.file, report.kind]), [[MOTION, 'objection'], [REPLY, 'reply']]);
    const newRelief = together[1].diagnostics.filter((diagnostic) => diagnostic.code === 'reply-new-relief');
    assert.equal(newRelief.length, 1, JSON.stringify(together[1]));
    assert.equal(newRelief[0].range.start.line, askedLine);
    assert.equal(newRelief[0].severity, 'warning');
    assert.match(newRelief[0].message, /motion\.txt/);

    // Alone, the reply has no motion to compare with: the same request gets only a note saying so.
    const alone = brieflint(['--format', 'json', REPLY]);
    assert.equal(alone.status, 0, alone.stderr);
    const [lonely] = readReport(alone.stdout);
    assert.deepEqual(lonely.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line]), [
      ['reply-new-relief', 'information', askedLine],
    ]);
    assert.match(lonely.diagnostics[0].message, /could not find the motion/);
  });

  it('gives the same positions for a CRLF copy and for a copy with a UTF-8 byte order mark', () => {
    const folder = makeTempFolder();
    const original = readFixture(MOTION);
    const crlf = path.join(folder, 'motion-crlf.txt');
    const bom = path.join(folder, 'motion-bom.txt');
    fs.writeFileSync(crlf, original.replace(/\n/g, '\r\n'));
    fs.writeFileSync(bom, `\uFEFF${original}`);
    const report = readReport(brieflint(['--format', 'json', MOTION, crlf, bom]).stdout);
    const ranges = report.map((file) => file.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]));
    assert.equal(ranges[0].length, 2);
    assert.deepEqual(ranges[1], ranges[0], 'CRLF');
    assert.deepEqual(ranges[2], ranges[0], 'byte order mark');
  });

  it('drops a byte order mark, so front matter at the start of the file is still read', () => {
    const folder = makeTempFolder();
    const bom = path.join(folder, 'bom.md');
    // Only the front matter says what kind of brief this is.
    fs.writeFileSync(bom, '\uFEFF---\r\nkind: reply\r\n---\r\n\r\n# Untitled\r\n\r\nSome text.\r\n');
    const run = brieflint(['--format', 'json', bom]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readReport(run.stdout)[0].kind, 'reply');
  });
});

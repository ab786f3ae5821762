import * as assert from 'node:assert/strict';
import { brieflint, CLEAN, ensureBuilt, keysOf, MOTION, parseJson, readFixture } from './helpers';

interface CitationEntry {
  kind: string;
  authority: boolean;
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface FileCitations {
  file: string;
  citations: CitationEntry[];
}

const KINDS = ['case', 'short-case', 'id', 'supra', 'statute', 'regulation', 'rule', 'constitution', 'secondary', 'record'];

function readCitations(stdout: string): FileCitations[] {
  const report = parseJson(stdout);
  assert.ok(Array.isArray(report));
  for (const file of report as FileCitations[]) {
    assert.deepEqual(keysOf(file), ['citations', 'file']);
    for (const citation of file.citations) {
      assert.deepEqual(keysOf(citation), ['authority', 'kind', 'range', 'text']);
      assert.ok(KINDS.includes(citation.kind), citation.kind);
      assert.equal(typeof citation.authority, 'boolean');
      assert.equal(typeof citation.text, 'string');
      assert.deepEqual(keysOf(citation.range), ['end', 'start']);
      assert.deepEqual(keysOf(citation.range.start), ['character', 'line']);
    }
  }
  return report as FileCitations[];
}

/** The citation whose text is `text`, which must start in the file where the range says. */
function findCitation(file: FileCitations, text: string): CitationEntry {
  const citation = file.citations.find((candidate) => candidate.text === text);
  assert.ok(citation, `"${text}" among ${JSON.stringify(file.citations.map((candidate) => candidate.text))}`);
  const line = readFixture(file.file).split('\n')[citation.range.start.line];
  assert.equal(line.slice(citation.range.start.character, citation.range.start.character + 8), text.slice(0, 8));
  return citation;
}

describe('brieflint command line: citations', () => {
  before(ensureBuilt);

  it('lists every citation in JSON, with its kind, whether it is authority, its text and its range', () => {
    const run = brieflint(['citations', '--format', 'json', CLEAN, MOTION]);
    // Listing citations checks nothing: the motion's errors do not change the exit status.
    assert.equal(run.status, 0, run.stderr);
    const [clean, motion] = readCitations(run.stdout);
    assert.equal(clean.file, CLEAN);
    assert.equal(motion.file, MOTION);

    assert.deepEqual(
      [findCitation(clean, 'Fed. R. Civ. P. 72(a)'), findCitation(clean, '28 U.S.C. § 636(b)(1)(A)'), findCitation(clean, 'Fed. R. Civ. P. 26(c)(1)')]
        .map((citation) => [citation.kind, citation.authority]),
      [['rule', true], ['statute', true], ['rule', true]],
    );
    const concretePipe = clean.citations.find((citation) => citation.kind === 'case');
    assert.ok(concretePipe);
    assert.ok(concretePipe.text.startsWith('Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal.'), concretePipe.text);
    assert.ok(concretePipe.text.endsWith('508 U.S. 602, 623 (1993)'), concretePipe.text);
    assert.ok(clean.citations.some((citation) => citation.kind === 'short-case' && citation.text.includes('508 U.S. at 623')));

    const record = findCitation(motion, 'Doc. No. 66');
    assert.deepEqual([record.kind, record.authority], ['record', false]);
  });

  it('prints a table by default: each file, then line:column, kind and text of each citation', () => {
    const run = brieflint(['citations', CLEAN, MOTION]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[1], CLEAN);
    const json = readCitations(brieflint(['citations', '--format', 'json', CLEAN]).stdout)[0];
    json.citations.forEach((citation, i) => {
      const { line, character } = citation.range.start;
      assert.match(lines[2 + i], new RegExp(`^ {2}${line + 1}:${character + 1} +${citation.kind} +`));
      assert.ok(lines[2 + i].endsWith(citation.text), lines[2 + i]);
    });
    assert.ok(run.stdout.includes(`\n${MOTION}\n`));
    assert.match(run.stdout, / record +Doc\. No\. 66\n/);
    const total = json.citations.length + 1;
    assert.ok(run.stdout.endsWith(`\n${total} citations in 2 files\n`), run.stdout);
  });
});

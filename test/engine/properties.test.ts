import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Brief } from '../../server/src/engine/brief';
import { parseBrief } from '../../server/src/engine/parse';
import type { Range, Span } from '../../server/src/engine/text';
import { INTERNAL_ERROR_ID, lintWorkspace, type BriefFile, type LintResult } from '../../server/src/lint';
import { repoPath } from '../repo';
import { applyEdits } from '../rules/rule-tester';

// Each property runs on texts fast-check makes at random. A failure prints the smallest text it found and the
// `{ seed, path }` that replays it: pass both to that property's fc.assert options to run it again.

const example = (name: string): string => readFileSync(repoPath('examples/romero-v-securus', name), 'utf8');
const MOTION = example('defendant-motion.txt');
const REPLY = example('defendant-reply.txt');
const MARKDOWN = example('well-drafted/motion-for-relief.md');
const EXAMPLES = [MOTION, REPLY, MARKDOWN];

/** What briefs are made of, on one line: pieces of cites, headings, markup and requests. */
const INLINE_PIECES = ['ARGUMENT', '## ', '# MOTION FOR RELIEF', 'I. ', 'A. ', '\t', '12\t', 'v. ', 'v.', '508 U.S. 602', ' at ', '§ ', 'Id. ', 'Id. at 4',
  '(Doc. No. 66 at 4.)', 'Fed. R. Civ. P. 72(a)', '28 U.S.C. § 636(b)(1)(A)', 'Smith v. Jones, 1 F.3d 1, 2 (9th Cir. 1990)', 'See ', '[^1]', '[^1]: ',
  '¹', '<u>', '</u>', '<!-- brieflint-disable -->', '<!-- brieflint-disable reply-new-relief -->', 'asks the Court to ', 'In the alternative, ',
  'clearly erroneous or contrary to law', '. ', ', ', '(', ')', '\u0000', '…', '“', '”', '—', '*', '_', 'SUPPORT OF'];
/** ...and what goes between the lines. */
const PIECES = [...INLINE_PIECES, '\n', '\n\n', '\r\n', '-\n', '---\n', 'kind: reply\n', 'case: 16cv1283\n', 'motion: ./defendant-motion.txt\n',
  'brieflint:\n  disable: [reply-new-relief, nothing]\n', '. . . . 5\n', 'Page 3 of 9\n'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Characters that trip up readers of text: controls, odd spaces and breaks, a byte-order mark, halves of surrogate pairs. */
const oddCharacter = fc.oneof(fc.constantFrom('\u0000', '\t', '\v', '\f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffd', '\u{1d4d0}'), loneSurrogate);

/** Random text: any code points, any graphemes, odd characters mixed with pieces of briefs. */
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES), oddCharacter, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 150 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).map((parts) => parts.join('')),
);

type Mutation =
  | { insert: string; at: number }
  | { remove: number; at: number }
  | { duplicate: number; at: number; to: number };

/** An attorney's (or a converter's) damage to a brief: text typed or pasted, a slice cut, a slice copied elsewhere. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), at: fc.nat() }),
  fc.record({ remove: fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 800 })), at: fc.nat() }),
  fc.record({ duplicate: fc.nat({ max: 3000 }), at: fc.nat(), to: fc.nat() }),
);

function mutate(text: string, change: Mutation): string {
  const at = change.at % (text.length + 1);
  if ('insert' in change) return text.slice(0, at) + change.insert + text.slice(at);
  if ('remove' in change) return text.slice(0, at) + text.slice(Math.min(text.length, at + change.remove));
  const to = change.to % (text.length + 1);
  return text.slice(0, to) + text.slice(at, at + change.duplicate) + text.slice(to);
}

const mutated = (text: string) => fc.array(mutation, { minLength: 1, maxLength: 6 }).map((changes) => changes.reduce(mutate, text));
const mutatedExample = fc.constantFrom(...EXAMPLES).chain((text) => mutated(text));

/** A line of 20,000 to 30,000 characters without a break, alone or inside an example. */
const longLine = fc.tuple(fc.array(fc.constantFrom(...INLINE_PIECES, 'Word ', 'the Court held that '), { minLength: 1, maxLength: 30 }), fc.integer({ min: 20_000, max: 30_000 }))
  .map(([parts, length]) => parts.join('').repeat(Math.ceil(length / parts.join('').length)).slice(0, length));
const withLongLine = fc.oneof(longLine, fc.tuple(fc.constantFrom(...EXAMPLES), longLine, fc.nat()).map(([text, line, at]) => mutate(text, { insert: line, at })));

/** The same text as another program might save it. */
const RESHAPINGS: Readonly<Record<string, (text: string) => string>> = {
  'as written': (text) => text,
  'CRLF line ends': (text) => text.replace(/\r?\n/g, '\r\n'),
  'no line break at the end': (text) => text.replace(/[\r\n]+$/, ''),
  'tabs for spaces': (text) => text.replace(/ /g, '\t'),
  'NUL between some words': (text) => text.replace(/ /g, (space, at: number) => (at % 5 === 0 ? '\u0000' : space)),
  'lone surrogates before some words': (text) => text.replace(/ /g, (space, at: number) => (at % 7 === 0 ? ' \ud800' : at % 7 === 1 ? '\udfff ' : space)),
  'a byte-order mark': (text) => `\ufeff${text}`,
  'CR line ends (old Mac)': (text) => text.replace(/\r?\n/g, '\r'),
  'a stray CR for one line break': (text) => text.replace('\n', '\r'),
};
const reshaped = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.constantFrom(...Object.keys(RESHAPINGS))).map(([raw, how]) => RESHAPINGS[how](raw));

/** Any text at all: random, mutated examples, long lines, each as written or reshaped. */
const anyText = reshaped(fc.oneof(randomText, mutatedExample, withLongLine));
/** YAML aliases nested to expand to 9⁷ items from a few lines (the "billion laughs"). */
const BILLION_LAUGHS = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
const fileName = fc.constantFrom('brief.md', 'brief.txt', 'brief.brief', 'brief');

/** Every span in a parsed brief: of its front matter, caption, title, sections, headings, paragraphs, footnotes, citations, signature. */
function spansIn(brief: Brief): { where: string; span: Span }[] {
  const found: { where: string; span: Span }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (isSpan(value)) {
      found.push({ where, span: value });
      return;
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
  };
  const { lines: _index, source: _source, text: _text, ...model } = brief;
  walk(model, 'brief');
  return found;
}

function isSpan(value: object): value is Span {
  return Object.keys(value).length === 2 && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

function assertInside(span: Span, text: string, where: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${where}: span ${span.start}–${span.end} is not inside the text of ${text.length} characters, starting at or before its end`);
}

/** Each finding's range is its span's start and end in lines and UTF-16 characters, as an LSP client counts them: lines end at \n, \r\n and \r. */
function assertRanges(result: LintResult, text: string): void {
  const document = TextDocument.create('file:///brief', 'plaintext', 1, text);
  for (const finding of result.findings) {
    const expected: Range = { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) };
    assert.deepEqual(finding.range, expected, `${finding.ruleId} at ${finding.span.start}–${finding.span.end}: the range is not where the span is`);
  }
}

function assertModelInside(result: LintResult, text: string): void {
  assert.equal(result.brief.source, text, 'the brief holds the text exactly as given');
  assert.equal(result.brief.text.length, text.length, 'the cleaned text is as long as the text');
  for (const { where, span } of spansIn(result.brief)) assertInside(span, text, where);
  for (const finding of result.findings) assertInside(finding.span, text, `finding ${finding.ruleId}`);
  for (const citation of result.brief.citations) assert.ok(citation.span.start < citation.span.end, `citation "${citation.text}" is empty`);
}

/**
 * Each fix and suggestion: edits inside the text that do not overlap, that change it, and that leave the text outside
 * them as it was; applied by an LSP client to the ranges the server sends, the same text. Returns how many.
 */
function assertRepairsApply(result: LintResult, text: string): number {
  const document = TextDocument.create('file:///brief', 'plaintext', 1, text);
  let applied = 0;
  for (const finding of result.findings) {
    for (const repair of [...finding.fixes, ...finding.suggestions]) {
      const where = `${finding.ruleId}: "${repair.title}"`;
      assert.ok(repair.edits.length > 0, `${where} has no edits`);
      for (const edit of repair.edits) assertInside(edit.span, text, where);
      const output = applyEdits(text, repair.edits);
      assert.notEqual(output, text, `${where} changes nothing`);
      const first = Math.min(...repair.edits.map((edit) => edit.span.start));
      const last = Math.max(...repair.edits.map((edit) => edit.span.end));
      assert.equal(output.slice(0, first), text.slice(0, first), `${where} changed the text before its edits`);
      assert.equal(output.slice(output.length - (text.length - last)), text.slice(last), `${where} changed the text after its edits`);
      const lspEdits = repair.edits.map((edit) => ({ range: result.brief.lines.rangeOf(edit.span), newText: edit.newText }));
      assert.equal(TextDocument.applyEdits(document, lspEdits), output, `${where}: applied by an editor to its ranges, it makes another text`);
      applied++;
    }
  }
  return applied;
}

function analyse(files: readonly BriefFile[]): LintResult[] {
  for (const file of files) parseBrief(file.path, file.text);
  return lintWorkspace(files);
}

describe('the engine on any text', function () {
  this.timeout(60_000);

  it('never throws, and no rule fails on it (parseBrief and lintWorkspace)', () => {
    fc.assert(fc.property(anyText, fileName, (text, path) => {
      const [result] = analyse([{ path, text }]);
      const failed = result.findings.find((finding) => finding.ruleId === INTERNAL_ERROR_ID);
      assert.equal(failed, undefined, failed?.message);
    }), { numRuns: 300 });
  });

  it('keeps every span of its model (sections, headings, paragraphs, footnotes, citations…) and of its findings inside the text', () => {
    const seen = { sections: 0, citations: 0, footnotes: 0, findings: 0 };
    fc.assert(fc.property(anyText, fileName, (text, path) => {
      const [result] = lintWorkspace([{ path, text }]);
      assertModelInside(result, text);
      if (result.brief.sections.length > 0) seen.sections++;
      if (result.brief.citations.length > 0) seen.citations++;
      if (result.brief.footnotes.length > 0) seen.footnotes++;
      if (result.findings.length > 0) seen.findings++;
    }), { numRuns: 300 });
    for (const [what, count] of Object.entries(seen)) assert.ok(count >= 10, `only ${count} texts had ${what}: the texts no longer exercise them (${JSON.stringify(seen)})`);
  });

  it('gives each finding the range of its span, in lines and UTF-16 characters as an LSP client counts them', () => {
    fc.assert(fc.property(anyText, fileName, (text, path) => {
      assertRanges(lintWorkspace([{ path, text }])[0], text);
    }), { numRuns: 300 });
  });

  it('applies every fix and suggestion cleanly: edits inside the text, not overlapping, nothing changed outside them', () => {
    let repairs = 0;
    fc.assert(fc.property(anyText, fileName, (text, path) => {
      repairs += assertRepairsApply(lintWorkspace([{ path, text }])[0], text);
    }), { numRuns: 300 });
    assert.ok(repairs > 50, `only ${repairs} fixes and suggestions were made: the texts no longer exercise them`);
  });

  it('gives the same brief and the same findings when it analyses the same text twice', () => {
    fc.assert(fc.property(anyText, fileName, (text, path) => {
      const [first] = lintWorkspace([{ path, text }]);
      const [second] = lintWorkspace([{ path, text }]);
      assert.deepEqual(second.brief, first.brief);
      assert.deepEqual(second.findings, first.findings);
    }), { numRuns: 200 });
  });

  it('holds all of the above for a reply analysed with its motion, both mutated and reshaped', () => {
    let linked = 0;
    let repairs = 0;
    const pair = fc.tuple(reshaped(mutated(REPLY)), reshaped(fc.oneof(fc.constant(MOTION), mutated(MOTION))));
    fc.assert(fc.property(pair, ([reply, motion]) => {
      const files = [{ path: '/case/defendant-reply.txt', text: reply }, { path: '/case/defendant-motion.txt', text: motion }];
      const results = analyse(files);
      const again = lintWorkspace(files);
      results.forEach((result, i) => {
        const { text } = files[i];
        assert.equal(result.findings.find((finding) => finding.ruleId === INTERNAL_ERROR_ID), undefined);
        assertModelInside(result, text);
        assertRanges(result, text);
        repairs += assertRepairsApply(result, text);
        assert.deepEqual(again[i].brief, result.brief);
        assert.deepEqual(again[i].findings, result.findings);
        assert.deepEqual(again[i].motion, result.motion);
      });
      if (results[0].motion?.found) linked++;
    }), { numRuns: 150 });
    assert.ok(linked > 30, `the reply found its motion in only ${linked} of 150 pairs: the pairs no longer exercise the link`);
    assert.ok(repairs > 30, `only ${repairs} fixes and suggestions were made for the pairs`);
  });

});

/** Texts on which the properties above once failed, kept as examples so that each stays fixed (or is seen to be broken). */
describe('the engine on texts the properties found it wrong on', () => {
  it('a stray CR (as a PDF converter leaves) is a line break, as LSP clients count lines: later ranges do not shift', () => {
    const text = MOTION.replace('\n', '\r');
    const [result] = lintWorkspace([{ path: 'brief.txt', text }]);
    assert.ok(result.findings.length > 0, 'the motion with one lone CR still has findings');
    assertRanges(result, text);
    assert.ok(assertRepairsApply(result, text) > 0);
  });

  for (const [what, yaml] of [['an alias with no anchor', 'case: *a'], ['aliases that multiply past bounds', BILLION_LAUGHS]]) {
    it(`front matter with ${what} is reported as invalid YAML, not thrown`, () => {
      const text = `---\n${yaml}\n---\n# MOTION FOR RELIEF\n\n## ARGUMENT\n\nText.\n`;
      const [result] = analyse([{ path: 'brief.md', text }]);
      assert.match(result.findings.map((finding) => finding.message).join('\n'), /front matter is not valid YAML/);
    });
  }

  // KNOWN BUG, not fixed here (server/src/engine/parse.ts): the caption of a plain brief with no title is read up to
  // where the signature block starts and past it, so the preamble between them is given a span that ends before it starts.
  it('a caption that runs into the signature block leaves no preamble ending before it starts', () => {
    const text = '16cv3\n\tRespectfully submitted';
    const [result] = lintWorkspace([{ path: 'brief.txt', text }]);
    assertModelInside(result, text);
  });
});

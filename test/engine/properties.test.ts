import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { lintWorkspace } from '../../server/src/lint';
import { repoPath } from '../repo';
import { applyEdits } from '../rules/rule-tester';

const EXAMPLES = ['defendant-motion.txt', 'defendant-reply.txt', 'well-drafted/motion-for-relief.md']
  .map((name) => readFileSync(repoPath('examples/romero-v-securus', name), 'utf8'));

/** Text a brief might hold, or might be mangled into: pieces of the examples, legal tokens, line breaks, odd characters. */
const briefText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom('ARGUMENT', '## ', '# MOTION FOR RELIEF', 'I. ', 'A. ', '\n', '\r\n', '\t', '12\t', 'v. ', '508 U.S. 602', ' at ', '§ ', 'Id. ', '(Doc. No. 66 at 4.)', 'Fed. R. Civ. P. 72(a)', '[^1]', '[^1]: ', '¹', '<u>', '</u>', '---\n', 'kind: reply\n', 'asks the Court to ', 'In the alternative, ', '. ', '\u0000', '…', '“', '-\n'), { maxLength: 120 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...EXAMPLES), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
    .map(([text, at, length, insert]) => {
      const start = at % (text.length + 1);
      return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + (length % 200)));
    }),
);
const fileName = fc.constantFrom('brief.md', 'brief.txt', 'brief.brief');

describe('the engine on any text', () => {
  it('never throws, keeps every range inside the text, and gives the same result twice', () => {
    fc.assert(fc.property(briefText, fileName, (text, path) => {
      const [first] = lintWorkspace([{ path, text }]);
      const [second] = lintWorkspace([{ path, text }]);
      assert.deepEqual(second.findings, first.findings);
      for (const finding of first.findings) {
        assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length, JSON.stringify(finding.span));
        const { start, end } = finding.range;
        assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character));
      }
      for (const citation of first.brief.citations) assert.ok(citation.span.start < citation.span.end && citation.span.end <= text.length);
    }), { numRuns: 300 });
  });

  it('applies every fix and suggestion cleanly, changing nothing outside its edits', () => {
    let fixesApplied = 0;
    fc.assert(fc.property(briefText, fileName, (text, path) => {
      const [result] = lintWorkspace([{ path, text }]);
      for (const fix of result.findings.flatMap((finding) => [...finding.fixes, ...finding.suggestions])) {
        const output = applyEdits(text, fix.edits);
        const first = Math.min(...fix.edits.map((edit) => edit.span.start));
        const last = Math.max(...fix.edits.map((edit) => edit.span.end));
        assert.equal(output.slice(0, first), text.slice(0, first));
        assert.equal(output.slice(output.length - (text.length - last)), text.slice(last));
        fixesApplied++;
      }
    }), { numRuns: 300 });
    assert.ok(fixesApplied > 50, `only ${fixesApplied} fixes were generated: the texts no longer exercise the fixes`);
  });
});

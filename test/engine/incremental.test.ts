import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { rescanCitations, scanCitations } from '../../server/src/engine/citations/recognize';
import { BriefParser, parseBrief } from '../../server/src/engine/parse';
import { repoPath } from '../repo';

const EXAMPLES = ['defendant-motion.txt', 'defendant-reply.txt', 'well-drafted/motion-for-relief.md']
  .map((name) => ({ path: `brief${name.slice(name.lastIndexOf('.'))}`, text: readFileSync(repoPath('examples/romero-v-securus', name), 'utf8') }));

/** What an attorney does to a brief: types, deletes, pastes pieces of cites and structure, at any place. */
const edit = fc.record({
  at: fc.nat(),
  removed: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 400 })),
  inserted: fc.oneof(
    fc.constantFrom('', 'x', ' ', '\n', '\n\n', '.', ',', '(', ')', ';', '§', 'v. ', 'Id. ', 'See ', '508 U.S. 602, 622 ', '(Doc. No. 66 at 4.) ',
      'Fed. R. Civ. P. 72(a)', 'Smith v. Jones, 1 F.3d 1, 2 (9th Cir. 1990)', '\nARGUMENT\n', '## Argument\n', 'REPLY ', '<u>', '</u>', '12\t', '\r\n'),
    fc.string({ maxLength: 30 }),
  ),
});

function applyEdit(text: string, { at, removed, inserted }: { at: number; removed: number; inserted: string }): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
}

describe('incremental analysis', () => {
  it('a brief parsed version after version equals a fresh parse of each version, whatever the edits', () => {
    fc.assert(fc.property(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 12 }), (example, edits) => {
      const parser = new BriefParser();
      let text = example.text;
      assert.deepEqual(parser.parse(example.path, text), parseBrief(example.path, text));
      for (const change of edits) {
        text = applyEdit(text, change);
        assert.deepEqual(parser.parse(example.path, text), parseBrief(example.path, text));
      }
    }), { numRuns: 150 });
  });

  it('citations read again around an edit equal a fresh scan, on a long brief and next to long runs of cites', () => {
    const dense = EXAMPLES[2].text.repeat(6);
    const runs = 'See Smith v. Jones, 1 F.3d 1, 2 (9th Cir. 1990); '.repeat(400);
    fc.assert(fc.property(fc.constantFrom(dense, runs), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      let text = start;
      let scan = scanCitations(text);
      for (const change of edits) {
        const next = applyEdit(text, change);
        scan = rescanCitations(scan, text, next);
        text = next;
        assert.deepEqual(scan, scanCitations(text));
      }
    }), { numRuns: 60 });
  });

  it('an edit far from most cites reads only the cites near it again', () => {
    const text = EXAMPLES[2].text.repeat(20);
    const before = scanCitations(text);
    const middle = Math.floor(text.length / 2);
    const after = rescanCitations(before, text, `${text.slice(0, middle)}x${text.slice(middle)}`);
    // Every cite before the edit's neighbourhood is the very same object: it was kept, not read again.
    const reused = after.citations.filter((citation) => before.citations.includes(citation)).length;
    assert.ok(reused > before.citations.length * 0.4, `only ${reused} of ${before.citations.length} cites were reused`);
  });
});

import * as assert from 'node:assert/strict';
import { lintWorkspace } from '../../server/src/lint';

const N = 100_000;

/** Long runs of what the patterns look for. Each must be analysed in linear time; a quadratic pattern takes minutes on them. */
const RUNS: Record<string, string> = {
  digits: '1'.repeat(N),
  dots: '.'.repeat(N),
  spaces: `${' '.repeat(N)}x`,
  'v.': 'v. '.repeat(N / 3),
  '§': '§ '.repeat(N / 2),
  'Id.': 'Id. '.repeat(N / 4),
  parentheses: '('.repeat(N),
  'capitalised words': 'Word '.repeat(N / 5),
  'heading marks': `# ${' '.repeat(N)}x`,
  'hyphens at line ends': 'a-\n'.repeat(N / 3),
  'emphasis marks': '*_'.repeat(N / 2),
  'open comments': '<!--'.repeat(N / 4),
  'footnote calls': '[^1]'.repeat(N / 4),
  'a disable comment full of spaces': `<!-- brieflint-disable x${' '.repeat(N)}y -->`,
  'dot leaders': '. . . . 5\n'.repeat(N / 10),
  'request phrases': 'asks the court to '.repeat(N / 18),
  'headings': 'ARGUMENT\n\nI. A\n\n'.repeat(N / 16),
  'margin numbers': Array.from({ length: N / 10 }, (_, i) => `${(i % 28) + 1}\tx`).join('\n'),
};

// Not a timing test of speed (that is `npm run bench`): the bound is a hundred times what these take, and only a
// catastrophic (quadratic or worse) pattern can reach it.
const GENEROUS_BOUND_MS = 3000;

describe('the engine on adversarial text', () => {
  for (const [name, text] of Object.entries(RUNS)) {
    for (const path of ['brief.md', 'brief.txt']) {
      it(`${name} (${path.slice(6)}) is analysed in linear time`, () => {
        const start = performance.now();
        lintWorkspace([{ path, text }]);
        const elapsed = performance.now() - start;
        assert.ok(elapsed < GENEROUS_BOUND_MS, `${elapsed.toFixed(0)} ms on ${N.toLocaleString()} characters: a pattern backtracks`);
      });
    }
  }
});

import * as assert from 'node:assert/strict';
import type { Form } from '../../bench/briefs';
import { lintWorkspace } from '../../server/src/lint';
import { ADVERSARIAL_LENGTH, ADVERSARIAL_RUNS, fileNameOf, LINEAR_TIME_BOUND_MS, ordinaryBrief } from '../adversarial-text';

// Not a timing test of speed (that is `npm run bench`, which reports each run's ratio to an ordinary brief against the
// target of 3×). These bounds are far above what a linear pattern takes, and only a catastrophic (quadratic or
// worse) pattern reaches them: each run against an ordinary brief of the same length and form, timed alternately with
// it so that both see the same load, and never more than LINEAR_TIME_BOUND_MS at once.
const TIMES_ORDINARY = 40;
/** Below this nothing is compared: a few milliseconds more of garbage collection must not fail a test. */
const FLOOR_MS = 250;
const SAMPLES = 3;
const FORMS: readonly Form[] = ['pleading', 'markdown'];

const ONE_MILLION = 1_000_000;
const sentence = 'Plaintiffs ask the Court to grant relief. See Smith v. Jones, 1 U.S. 1 (1990). ';
/** Runs beyond ADVERSARIAL_RUNS that only the engine reads: a whole brief on one line of a million characters. */
const LONG_RUNS: Readonly<Record<string, string>> = {
  'a million-character line of sentences': sentence.repeat(Math.ceil(ONE_MILLION / sentence.length)).slice(0, ONE_MILLION),
};

function millisecondsToLint(text: string, path: string): number {
  const start = performance.now();
  lintWorkspace([{ path, text }]);
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('the engine on adversarial text', function () {
  this.timeout(60_000);
  const ordinary = new Map<string, string>();
  const ordinaryOf = (form: Form, length: number): string => {
    const key = `${form} ${length}`;
    if (!ordinary.has(key)) ordinary.set(key, ordinaryBrief(form, length));
    return ordinary.get(key)!;
  };

  // The engine warmed up first, so that the first comparison is not with code the JIT has not compiled yet.
  before(() => {
    for (const form of FORMS) for (let i = 0; i < 3; i++) lintWorkspace([{ path: fileNameOf(form), text: ordinaryOf(form, ADVERSARIAL_LENGTH) }]);
  });

  for (const [name, text] of Object.entries({ ...ADVERSARIAL_RUNS, ...LONG_RUNS })) {
    for (const form of FORMS) {
      const path = fileNameOf(form);
      it(`${name} (${path}, ${text.length.toLocaleString('en-US')} characters) takes linear time: at most ${TIMES_ORDINARY}× an ordinary brief of its length`, () => {
        const brief = ordinaryOf(form, text.length);
        const runTimes: number[] = [];
        const ordinaryTimes: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          ordinaryTimes.push(millisecondsToLint(brief, path));
          runTimes.push(millisecondsToLint(text, path));
          assert.ok(runTimes[i] < LINEAR_TIME_BOUND_MS, `${runTimes[i].toFixed(0)} ms on ${text.length.toLocaleString('en-US')} characters: a pattern backtracks`);
        }
        const usual = median(ordinaryTimes);
        const taken = median(runTimes);
        const bound = Math.max(FLOOR_MS, TIMES_ORDINARY * usual);
        assert.ok(taken <= bound, `${taken.toFixed(1)} ms, ${(taken / usual).toFixed(1)}× the ${usual.toFixed(1)} ms of an ordinary brief of the same length: a pattern backtracks`);
      });
    }
  }
});

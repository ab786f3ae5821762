import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintWorkspace } from '../server/src/lint';
import { buildBrief } from './briefs';

/**
 * `npm run bench`: the engine's time per analysis on briefs of about 50 KB, 250 KB and 1 MB built from the examples,
 * beside the floor — one pass of one simple regular expression over the same text — measured in the same run.
 * Figures are medians over repeated runs, with the spread (min–max); `--json` prints them as JSON.
 *
 * The floor is a pass of /\w+/g, which visits every word as any analysis of prose must; a pass of /\d+/g, which
 * stops only at numbers, is reported beside it as the lowest cost of touching the text at all.
 */

const SIZES = [{ label: '50 KB', bytes: 50_000 }, { label: '250 KB', bytes: 250_000 }, { label: '1 MB', bytes: 1_000_000 }];
const WORD_FLOOR = /\w+/g;
const DIGIT_FLOOR = /\d+/g;

interface Row {
  size: string;
  form: string;
  bytes: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  mbPerSecond: number;
  floorMedianMs: number;
  timesFloor: number;
  digitFloorMedianMs: number;
  timesDigitFloor: number;
  findings: number;
}

function timeRuns(run: () => unknown, budgetMs: number): number[] {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < 7 || (performance.now() < until && times.length < 200)) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];

function onePass(pattern: RegExp, text: string): number {
  const regex = new RegExp(pattern.source, 'g');
  let count = 0;
  while (regex.exec(text) !== null) count++;
  return count;
}

function measure(example: string, form: string): Row[] {
  return SIZES.map(({ label, bytes }) => {
    const text = buildBrief(example, bytes);
    const file = { path: `bench/brief${path.extname(example)}`, text };
    let findings = 0;
    const times = timeRuns(() => { findings = lintWorkspace([file])[0].findings.length; }, 3000);
    const floor = timeRuns(() => onePass(WORD_FLOOR, text), 1000);
    const digitFloor = timeRuns(() => onePass(DIGIT_FLOOR, text), 1000);
    const medianMs = median(times);
    return {
      size: label,
      form,
      bytes: text.length,
      runs: times.length,
      medianMs,
      minMs: times[0],
      maxMs: times[times.length - 1],
      mbPerSecond: text.length / 1e6 / (medianMs / 1000),
      floorMedianMs: median(floor),
      timesFloor: medianMs / median(floor),
      digitFloorMedianMs: median(digitFloor),
      timesDigitFloor: medianMs / median(digitFloor),
      findings,
    };
  });
}

const rows = [
  ...measure('examples/romero-v-securus/defendant-motion.txt', 'pleading'),
  ...measure('examples/romero-v-securus/well-drafted/motion-for-relief.md', 'markdown'),
];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rows }, null, 2));
} else {
  const f = (n: number, digits = 2) => n.toFixed(digits);
  console.log(`brieflint engine benchmark (node ${process.version}); medians over repeated runs, spread min–max\n`);
  console.log('| brief | form | bytes | runs | median ms | spread ms | MB/s | floor /\\w+/g ms | × floor | /\\d+/g ms | × /\\d+/g | findings |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.size} | ${r.form} | ${r.bytes} | ${r.runs} | ${f(r.medianMs)} | ${f(r.minMs)}–${f(r.maxMs)} | ${f(r.mbPerSecond, 1)} | ${f(r.floorMedianMs, 3)} | ${f(r.timesFloor, 1)} | ${f(r.digitFloorMedianMs, 3)} | ${f(r.timesDigitFloor, 1)} | ${r.findings} |`);
  }
  const [small, , large] = rows;
  console.log(`\ngrowth: 1 MB time / 250 KB time = ${f(large.medianMs / rows[1].medianMs, 1)} (pleading), ${f(rows[5].medianMs / rows[4].medianMs, 1)} (markdown); 50 KB → 1 MB is ×${f(large.bytes / small.bytes, 0)} the text`);
  console.log('floor: one pass of /\\w+/g (every word) over the same text. Targets (issue 2): 250 KB under 10 ms, within 10× the floor.');
}

import * as assert from 'node:assert/strict';
import { packageSteps } from '../../bench/size';
import { parseArgs } from '../../bench/run';
import { count, megabytes, ms, targets, times, toJson, toMarkdown, type Report } from '../../bench/report';
import { median, quantile, summarize, timeRuns, type Summary } from '../../bench/stats';

// The benchmark's arithmetic and report on fixed numbers: nothing here is timed.

const of = (median: number, p10 = median, p90 = median, n = 10): Summary => ({ n, median, p10, p90, min: p10, max: p90 });

const REPORT: Report = {
  meta: { node: 'v20.0.0', platform: 'linux x64', cpus: 2, cpuModel: 'Test CPU', load: 0.5, date: '2026-01-01T00:00:00Z', quick: false, seconds: 95.4, server: 'dist/server.js' },
  sections: {
    engine: {
      seconds: 20,
      result: {
        rows: [
          { size: '250 KB', form: 'pleading', bytes: 250_133, findings: 43, time: of(3.2, 3.0, 3.9), mbPerSecond: 78.2, floor: of(0.8), timesFloor: 4 },
          { size: '1 MB', form: 'pleading', bytes: 1_004_948, findings: 170, time: of(14, 13, 16), mbPerSecond: 71.8, floor: of(2), timesFloor: 7 },
          { size: '5 MB', form: 'pleading', bytes: 5_002_676, findings: 842, time: of(80, 76, 90), mbPerSecond: 62.5, floor: of(20), timesFloor: 4 },
        ],
        growth: [{ form: 'pleading', ratio: 80 / 14 }],
      },
    },
    typing: {
      seconds: 30,
      result: {
        bytes: 250_133, lines: 4990, captionLines: 33,
        rows: [{ mode: 'pushed', edits: 1000, warmup: 50, deletions: 150, inCaption: 100, time: { ...of(2.5, 1.5, 4), max: 30, p99: 25 } }],
      },
    },
    memory: { seconds: 3, result: { briefs: 20, bytesEach: 253_691, repetitions: 3, atStart: of(60e6), withBriefs: of(121e6), peak: of(123e6) } },
    size: { seconds: 4, error: 'vsce package failed: no LICENSE' },
  },
};

describe('benchmark statistics', () => {
  it('interpolates quantiles between the nearest order statistics, whatever the order of the sample', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(quantile([10, 20, 30, 40, 50], 0.1), 14);
    assert.equal(quantile([50, 40, 30, 20, 10], 0.9), 46);
    assert.equal(quantile([7], 0.99), 7);
    assert.equal(quantile([1, 2], 0), 1);
    assert.equal(quantile([1, 2], 1), 2);
  });

  it('summarises a sample as its median, p10–p90, min and max', () => {
    assert.deepEqual(summarize([5, 1, 4, 2, 3, 6, 10, 8, 7, 9, 11]), { n: 11, median: 6, p10: 2, p90: 10, min: 1, max: 11 });
  });

  it('makes the warm-up runs, then at least minRuns, one sample each', () => {
    let calls = 0;
    const sample = timeRuns(() => calls++, { warmup: 2, minRuns: 3, maxRuns: 3, budgetMs: 0 });
    assert.equal(calls, 5);
    assert.equal(sample.length, 3);
  });

  it('refuses an empty sample or a quantile outside 0..1', () => {
    assert.throws(() => median([]), /empty/);
    assert.throws(() => quantile([1], 1.5), /between 0 and 1/);
  });
});

describe('benchmark report', () => {
  it('formats times, ratios and sizes with the digits they warrant', () => {
    assert.deepEqual([ms(0.1234), ms(3.2), ms(25.66), ms(252.4)], ['0.123', '3.20', '25.7', '252']);
    assert.deepEqual([times(0.044), times(4.96)], ['0.04×', '5.0×']);
    assert.deepEqual([megabytes(331_896), megabytes(120_800_000)], ['0.33', '120.8']);
    assert.equal(count(1_004_948), '1,004,948');
  });

  it('holds each figure to its target, worst case first for "at every size"', () => {
    const list = targets(REPORT);
    const find = (what: RegExp) => list.find((t) => what.test(t.what));
    assert.deepEqual(list.map((t) => t.section), ['engine', 'engine', 'engine', 'typing', 'typing', 'memory']);
    assert.equal(find(/250 KB pleading/)?.met, true);
    assert.deepEqual(find(/floor/), { section: 'engine', what: 'Engine: × the floor at every size, pleading (most: 1 MB)', value: 7, unit: '×', comparison: '≤', limit: 5, met: false });
    assert.equal(find(/5 MB time/)?.met, true);
    assert.equal(find(/median/)?.met, true);
    assert.equal(find(/99th/)?.met, false);
    assert.equal(find(/Memory/)?.met, true);
  });

  it('prints markdown tables with ✓ and ✗ beside the figures, and says why a section was not measured', () => {
    const markdown = toMarkdown(REPORT);
    assert.match(markdown, /^# brieflint benchmark\n/);
    assert.match(markdown, /node v20\.0\.0 · linux x64 · 2 × Test CPU, load 0\.50 · 2026-01-01T00:00:00Z · 95 s/);
    assert.match(markdown, /\| Engine: × the floor at every size, pleading \(most: 1 MB\) \| 7\.0× \| ≤ 5× \| ✗ \|/);
    assert.match(markdown, /\| 250 KB \| pleading \| 250,133 \| 10 \| 3\.20 ✓ < 5 \| 3\.00–3\.90 \| 78\.2 \| 0\.800 \| 4\.0× ✓ ≤ 5× \| 43 \|/);
    assert.match(markdown, /\| 5 MB median \/ 1 MB median \(×5 the text\) \| 5\.71 ✓ < 6 \|/);
    assert.match(markdown, /\| pushed, debounce 0 \(Neovim, Eglot\) \| 1,000 \| 150 \| 100 \| 2\.50 ✓ < 5 \| 4\.00 \| 25\.0 ✗ < 20 \| 30\.0 \|/);
    assert.match(markdown, /\| 20 briefs of 250 KB open \| 121\.0 ✓ < 150 \| 121\.0–121\.0 \|/);
    assert.match(markdown, /## Size \(4 s\)\n\nNot measured: vsce package failed: no LICENSE\n/);
    assert.doesNotMatch(markdown, /## (Start|Peers|Adversarial)/);
    for (const line of markdown.split('\n').filter((l) => l.startsWith('|'))) assert.match(line, /\|$/, `a table row ends its last cell: ${line}`);
  });

  it('prints the same report as JSON, with its targets', () => {
    const json = JSON.parse(toJson(REPORT)) as Report & { targets: unknown[] };
    assert.deepEqual(json.meta, REPORT.meta);
    assert.deepEqual(json.sections, REPORT.sections);
    assert.equal(json.targets.length, targets(REPORT).length);
  });
});

describe('benchmark arguments', () => {
  it('takes --json, --quick and --only, in either spelling', () => {
    assert.deepEqual(parseArgs([]).only, ['engine', 'adversarial', 'typing', 'start', 'memory', 'size', 'peers']);
    assert.deepEqual(parseArgs(['--json', '--quick', '--only', 'typing,engine']), { json: true, quick: true, only: ['engine', 'typing'] });
    assert.deepEqual(parseArgs(['--only=peers']).only, ['peers']);
  });

  it('refuses what it does not know in one line naming it', () => {
    assert.throws(() => parseArgs(['--fast']), /unknown argument "--fast"/);
    assert.throws(() => parseArgs(['--only', 'engine,speed']), /unknown section "speed" \(sections: engine, adversarial/);
    assert.throws(() => parseArgs(['--only']), /--only needs a list of sections/);
  });

  it('finds the bundle and vsce steps in the package script', () => {
    assert.deepEqual(
      packageSteps('node esbuild.mjs --production && vsce package --no-dependencies --allow-missing-repository'),
      { bundle: ['--production'], vsce: ['package', '--no-dependencies', '--allow-missing-repository'] },
    );
    assert.throws(() => packageSteps('webpack'), /"package" script/);
  });
});

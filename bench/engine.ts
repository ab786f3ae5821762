import { lintWorkspace } from '../server/src/lint';
import { ADVERSARIAL_LENGTH, ADVERSARIAL_RUNS } from '../test/adversarial-text';
import { buildBrief, EXAMPLES, type Form } from './briefs';
import { summarize, timeRuns, type RunPlan, type Summary } from './stats';

/**
 * The engine alone, in this process: `lintWorkspace` on one brief, as the command line and the server run it, beside
 * the floor — one pass of /\w+/g over the same text, which visits every word as any analysis of prose must —
 * timed right after it, in the same run.
 */

export const SIZES: readonly { label: string; bytes: number }[] = [
  { label: '50 KB', bytes: 50_000 },
  { label: '250 KB', bytes: 250_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
];
export const FORMS: readonly Form[] = ['pleading', 'markdown'];

export interface EngineRow {
  size: string;
  form: Form;
  bytes: number;
  findings: number;
  time: Summary;
  /** Megabytes (10⁶ bytes of UTF-8) analysed per second, at the median time. */
  mbPerSecond: number;
  floor: Summary;
  /** The median time over the floor's median time. */
  timesFloor: number;
}

export interface EngineResult {
  rows: EngineRow[];
  /** The 5 MB median over the 1 MB median, per form: 5 when time grows linearly with size. */
  growth: { form: Form; ratio: number }[];
}

export interface AdversarialRow {
  name: string;
  form: Form;
  chars: number;
  time: Summary;
  /** The median time over the ordinary brief's median time, in the same form. */
  timesOrdinary: number;
}

export interface AdversarialResult {
  chars: number;
  ordinary: { form: Form; time: Summary }[];
  rows: AdversarialRow[];
}

/** Times one analysis of `text` as a brief of `form`. */
export function timeEngine(text: string, form: Form, plan: RunPlan): { time: Summary; findings: number } {
  const files = [{ path: `bench/${EXAMPLES[form].file}`, text }];
  let findings = 0;
  const times = timeRuns(() => { findings = lintWorkspace(files)[0].findings.length; }, plan);
  return { time: summarize(times), findings };
}

export function floorPass(text: string): number {
  const words = /\w+/g;
  let count = 0;
  while (words.exec(text) !== null) count++;
  return count;
}

export function measureEngine(plan: RunPlan, floorPlan: RunPlan, progress: (what: string) => void): EngineResult {
  const rows: EngineRow[] = [];
  for (const form of FORMS) {
    for (const { label, bytes } of SIZES) {
      progress(`engine: ${label} ${form}`);
      const text = buildBrief(form, bytes);
      const { time, findings } = timeEngine(text, form, plan);
      const floor = summarize(timeRuns(() => floorPass(text), floorPlan));
      const size = Buffer.byteLength(text);
      rows.push({ size: label, form, bytes: size, findings, time, mbPerSecond: size / 1e6 / (time.median / 1000), floor, timesFloor: time.median / floor.median });
    }
  }
  const growth = FORMS.map((form) => {
    const at = (label: string) => rows.find((row) => row.form === form && row.size === label)!.time.median;
    return { form, ratio: at('5 MB') / at('1 MB') };
  });
  return { rows, growth };
}

/**
 * Each run of test/adversarial-text.ts, analysed as plain text and as Markdown, beside an ordinary brief of the same
 * length in the same form timed just before it, so that a ratio compares times taken under the same load. The
 * ordinary brief's summary is over those medians.
 */
export function measureAdversarial(plan: RunPlan, progress: (what: string) => void): AdversarialResult {
  const ordinaryText = new Map(FORMS.map((form) => [form, buildBrief(form, ADVERSARIAL_LENGTH).slice(0, ADVERSARIAL_LENGTH)]));
  // The engine is warmed on ordinary text first, so that the first ratio is not over a time the JIT had not yet compiled.
  for (const form of FORMS) timeEngine(ordinaryText.get(form)!, form, plan);
  const ordinaryMedians = new Map<Form, number[]>(FORMS.map((form) => [form, []]));
  const rows: AdversarialRow[] = [];
  for (const [name, text] of Object.entries(ADVERSARIAL_RUNS)) {
    progress(`adversarial: ${name.trim()}`);
    for (const form of FORMS) {
      const usual = timeEngine(ordinaryText.get(form)!, form, plan).time.median;
      ordinaryMedians.get(form)!.push(usual);
      const { time } = timeEngine(text, form, plan);
      rows.push({ name, form, chars: text.length, time, timesOrdinary: time.median / usual });
    }
  }
  return { chars: ADVERSARIAL_LENGTH, ordinary: FORMS.map((form) => ({ form, time: summarize(ordinaryMedians.get(form)!) })), rows };
}

import type { AdversarialResult, EngineResult } from './engine';
import type { MemoryResult } from './memory';
import type { PeerResult } from './peers';
import type { StartResult } from './server-start';
import type { SizeResult } from './size';
import type { Summary } from './stats';
import type { TypingResult } from './typing';

/** The report: plain data (`--json` prints it with its targets), and its markdown. Pure functions of their input. */

export const SECTIONS = ['engine', 'adversarial', 'typing', 'start', 'memory', 'size', 'peers'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** What a section gave: its result, or why it could not be measured; and how long it took. */
export type Outcome<T> = { seconds: number } & ({ result: T } | { error: string });

export interface Sections {
  engine: EngineResult;
  adversarial: AdversarialResult;
  typing: TypingResult;
  start: StartResult;
  memory: MemoryResult;
  size: SizeResult;
  peers: PeerResult;
}

export interface Meta {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** The one-minute load average when the run began: other work on the machine widens every spread. */
  load: number;
  /** ISO 8601. */
  date: string;
  quick: boolean;
  seconds: number;
  /** The bundle the server sections ran, and a warning when it is older than the sources. */
  server: string;
  serverWarning?: string;
}

export interface Report {
  meta: Meta;
  sections: { [K in SectionName]?: Outcome<Sections[K]> };
}

/** The targets of issue 4. Memory and size in MB of 10⁶ bytes. */
export const LIMITS = {
  engine250KbMs: 5,
  timesFloor: 5,
  growth: 6,
  timesOrdinary: 3,
  typingMedianMs: 5,
  typingP99Ms: 20,
  startMs: 300,
  memoryBytes: 150e6,
  vsixBytes: 1e6,
} as const;

export interface Target {
  section: SectionName;
  what: string;
  value: number;
  unit: 'ms' | '×' | 'bytes' | '';
  comparison: '<' | '≤';
  limit: number;
  met: boolean;
}

function target(section: SectionName, what: string, value: number, unit: Target['unit'], comparison: Target['comparison'], limit: number): Target {
  return { section, what, value, unit, comparison, limit, met: comparison === '<' ? value < limit : value <= limit };
}

function resultOf<K extends SectionName>(report: Report, name: K): Sections[K] | undefined {
  const outcome = report.sections[name];
  return outcome && 'result' in outcome ? (outcome.result as Sections[K]) : undefined;
}

/** Every target the measured sections can be held to, with the figure that decides it. */
export function targets(report: Report): Target[] {
  const list: Target[] = [];
  const engine = resultOf(report, 'engine');
  if (engine) {
    for (const row of engine.rows.filter((r) => r.size === '250 KB')) {
      list.push(target('engine', `Engine: a 250 KB ${row.form} brief`, row.time.median, 'ms', '<', LIMITS.engine250KbMs));
    }
    for (const form of new Set(engine.rows.map((r) => r.form))) {
      const worst = engine.rows.filter((r) => r.form === form).reduce((a, b) => (b.timesFloor > a.timesFloor ? b : a));
      list.push(target('engine', `Engine: × the floor at every size, ${form} (most: ${worst.size})`, worst.timesFloor, '×', '≤', LIMITS.timesFloor));
    }
    for (const { form, ratio } of engine.growth) list.push(target('engine', `Engine: 5 MB time / 1 MB time, ${form}`, ratio, '', '<', LIMITS.growth));
  }
  const adversarial = resultOf(report, 'adversarial');
  if (adversarial && adversarial.rows.length > 0) {
    const worst = adversarial.rows.reduce((a, b) => (b.timesOrdinary > a.timesOrdinary ? b : a));
    list.push(target('adversarial', `Adversarial: × an ordinary brief (most: ${worst.name.trim()}, ${worst.form})`, worst.timesOrdinary, '×', '≤', LIMITS.timesOrdinary));
  }
  for (const row of resultOf(report, 'typing')?.rows ?? []) {
    list.push(target('typing', `Typing, ${row.mode}: median`, row.time.median, 'ms', '<', LIMITS.typingMedianMs));
    list.push(target('typing', `Typing, ${row.mode}: 99th percentile`, row.time.p99, 'ms', '<', LIMITS.typingP99Ms));
  }
  const start = resultOf(report, 'start');
  if (start) list.push(target('start', 'Start: spawn to first diagnostics', start.firstDiagnostics.median, 'ms', '<', LIMITS.startMs));
  const memory = resultOf(report, 'memory');
  if (memory) list.push(target('memory', `Memory: ${memory.briefs} briefs of 250 KB open`, memory.withBriefs.median, 'bytes', '<', LIMITS.memoryBytes));
  const size = resultOf(report, 'size');
  if (size) list.push(target('size', 'Size: the .vsix', size.vsix.bytes, 'bytes', '<', LIMITS.vsixBytes));
  return list;
}

export function toJson(report: Report): string {
  return JSON.stringify({ ...report, targets: targets(report) }, null, 2);
}

// Numbers as the tables show them.

export function ms(value: number): string {
  return value.toFixed(value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0);
}
export function times(value: number): string {
  return `${value.toFixed(value < 1 ? 2 : 1)}×`;
}
export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 10e6 ? 2 : 1);
}
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
export const mark = (met: boolean): string => (met ? '✓' : '✗');
const spread = (summary: Summary, format: (value: number) => string): string => `${format(summary.p10)}–${format(summary.p90)}`;
/** A figure with its target beside it: `3.21 ✓ < 5`. */
function against(text: string, value: number, comparison: '<' | '≤', limit: number, format: (value: number) => string = String): string {
  return `${text} ${mark(comparison === '<' ? value < limit : value <= limit)} ${comparison} ${format(limit)}`;
}

function formatTarget(t: Target): string {
  switch (t.unit) {
    case 'ms': return `${ms(t.value)} ms`;
    case '×': return times(t.value);
    case 'bytes': return `${megabytes(t.value)} MB`;
    default: return t.value.toFixed(2);
  }
}

function formatLimit(t: Target): string {
  switch (t.unit) {
    case 'ms': return `${t.comparison} ${t.limit} ms`;
    case '×': return `${t.comparison} ${t.limit}×`;
    case 'bytes': return `${t.comparison} ${String(t.limit / 1e6)} MB`;
    default: return `${t.comparison} ${t.limit}`;
  }
}

export function toMarkdown(report: Report): string {
  const { meta } = report;
  const lines = [
    '# brieflint benchmark',
    '',
    `node ${meta.node} · ${meta.platform} · ${meta.cpus} × ${meta.cpuModel}, load ${meta.load.toFixed(2)} · ${meta.date} · ${meta.quick ? '--quick (fewer runs), ' : ''}${Math.round(meta.seconds)} s`,
    '',
    'Each time is the median of repeated runs, with its spread from the 10th to the 90th percentile (p10–p90). ✓ or ✗ marks a figure against its target (issue 4); a missed target is reported, never failed. MB = 10⁶ bytes.',
  ];
  if (meta.serverWarning) lines.push('', `**Warning:** ${meta.serverWarning}`);
  const list = targets(report);
  if (list.length > 0) {
    lines.push('', '## Targets', '', '| target | measured | limit | |', '|---|---:|---:|:---:|');
    for (const t of list) lines.push(`| ${t.what} | ${formatTarget(t)} | ${formatLimit(t)} | ${mark(t.met)} |`);
  }
  for (const name of SECTIONS) {
    const outcome = report.sections[name];
    if (!outcome) continue;
    lines.push('', `## ${TITLES[name]} (${Math.round(outcome.seconds)} s)`, '');
    if ('error' in outcome) lines.push(`Not measured: ${outcome.error}`);
    else lines.push(...RENDER[name](outcome.result as never));
  }
  return `${lines.join('\n')}\n`;
}

const TITLES: Record<SectionName, string> = {
  engine: 'Engine',
  adversarial: 'Adversarial text',
  typing: 'Typing',
  start: 'Start',
  memory: 'Memory',
  size: 'Size',
  peers: 'Peers',
};

const RENDER: { [K in SectionName]: (result: Sections[K]) => string[] } = {
  engine: (result) => {
    const lines = [
      '`lintWorkspace` on one brief built from an example (pleading paper: defendant-motion.txt; Markdown: well-drafted/motion-for-relief.md), in this process. The floor is one pass of `/\\w+/g` over the same text, timed right after the analysis, in the same run.',
      '',
      '| brief | form | bytes | runs | median ms | p10–p90 ms | MB/s | floor ms | × floor | findings |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const row of result.rows) {
      const median = row.size === '250 KB' ? against(ms(row.time.median), row.time.median, '<', LIMITS.engine250KbMs) : ms(row.time.median);
      lines.push(`| ${row.size} | ${row.form} | ${count(row.bytes)} | ${row.time.n} | ${median} | ${spread(row.time, ms)} | ${row.mbPerSecond.toFixed(1)} | ${ms(row.floor.median)} | ${against(times(row.timesFloor), row.timesFloor, '≤', LIMITS.timesFloor, (v) => `${v}×`)} | ${row.findings} |`);
    }
    lines.push('', '| growth | ' + result.growth.map((g) => g.form).join(' | ') + ' |', '|---|' + result.growth.map(() => '---:|').join(''));
    lines.push(`| 5 MB median / 1 MB median (×5 the text) | ${result.growth.map((g) => against(g.ratio.toFixed(2), g.ratio, '<', LIMITS.growth)).join(' | ')} |`);
    return lines;
  },
  adversarial: (result) => {
    const forms = result.ordinary.map((o) => o.form);
    const lines = [
      `Each run of \`test/adversarial-text.ts\` (${count(result.chars)} characters), analysed as plain text and as Markdown, beside an ordinary brief of the same length in the same form (its first ${count(result.chars)} characters) timed just before it; the first row is the median and spread of the ordinary brief's medians.`,
      '',
      `| text | ${forms.map((form) => `${form} ms | × ordinary`).join(' | ')} |`,
      `|---|${forms.map(() => '---:|---:|').join('')}`,
      `| an ordinary brief | ${result.ordinary.map((o) => `${ms(o.time.median)} (${spread(o.time, ms)}) | 1.0×`).join(' | ')} |`,
    ];
    for (const name of [...new Set(result.rows.map((row) => row.name))]) {
      const cells = forms.map((form) => {
        const row = result.rows.find((r) => r.name === name && r.form === form);
        return row ? `${ms(row.time.median)} (${spread(row.time, ms)}) | ${against(times(row.timesOrdinary), row.timesOrdinary, '≤', LIMITS.timesOrdinary, (v) => `${v}×`)}` : '– | –';
      });
      lines.push(`| ${name.trim().replace(/\|/g, '\\|')} | ${cells.join(' | ')} |`);
    }
    return lines;
  },
  typing: (result) => {
    const [counted] = result.rows;
    const lines = [
      `The server (dist/server.js) over stdio, a ${count(result.bytes)}-byte pleading-paper brief open (${count(result.lines)} lines), debounce 0. Single-character edits, typed or deleted, at seeded random lines and characters, about one in ten in the caption and title (its first ${result.captionLines} lines); ms from each \`didChange\` to its diagnostics: pushed (\`publishDiagnostics\` of that version), or pulled (the answer to \`textDocument/diagnostic\` sent after it). The first ${counted ? counted.warmup : 0} edits of each session warm the JIT and are not counted; the figures are quantiles of the edits counted.`,
      '',
      '| diagnostics | edits | deleted | in caption | median ms | p90 ms | p99 ms | max ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const row of result.rows) {
      const mode = row.mode === 'pushed' ? 'pushed, debounce 0 (Neovim, Eglot)' : 'pulled (VS Code)';
      lines.push(`| ${mode} | ${count(row.edits)} | ${row.deletions} | ${row.inCaption} | ${against(ms(row.time.median), row.time.median, '<', LIMITS.typingMedianMs)} | ${ms(row.time.p90)} | ${against(ms(row.time.p99), row.time.p99, '<', LIMITS.typingP99Ms)} | ${ms(row.time.max)} |`);
    }
    return lines;
  },
  start: (result) => [
    `A fresh server each time: spawn → initialize → initialized → didOpen of a ${count(result.bytes)}-byte pleading-paper brief → its publishDiagnostics (debounce 0).`,
    '',
    '| from spawn to | spawns | median ms | p10–p90 ms |',
    '|---|---:|---:|---:|',
    `| the answer to initialize | ${result.spawns} | ${ms(result.initialize.median)} | ${spread(result.initialize, ms)} |`,
    `| the first diagnostics | ${result.spawns} | ${against(ms(result.firstDiagnostics.median), result.firstDiagnostics.median, '<', LIMITS.startMs)} | ${spread(result.firstDiagnostics, ms)} |`,
  ],
  memory: (result) => [
    `The server's resident memory (VmRSS in /proc/<pid>/status), a fresh server for each of ${result.repetitions} repetition${result.repetitions === 1 ? '' : 's'}; the briefs are distinct texts of about ${count(result.bytesEach)} bytes, half on pleading paper, half in Markdown, each open under its own URI, read once all have their diagnostics.`,
    '',
    '| resident memory | median MB | p10–p90 MB |',
    '|---|---:|---:|',
    `| at start: initialized, nothing open | ${megabytes(result.atStart.median)} | ${spread(result.atStart, megabytes)} |`,
    `| ${result.briefs} briefs of 250 KB open | ${against(megabytes(result.withBriefs.median), result.withBriefs.median, '<', LIMITS.memoryBytes, (v) => String(v / 1e6))} | ${spread(result.withBriefs, megabytes)} |`,
    `| peak (VmHWM) with them open | ${megabytes(result.peak.median)} | ${spread(result.peak, megabytes)} |`,
  ],
  size: (result) => [
    'The commands of `npm run package` (a production bundle, then `vsce package`) run on a copy of the package in a temporary folder.',
    '',
    '| file | bytes | MB |',
    '|---|---:|---:|',
    `| ${result.vsix.file} | ${count(result.vsix.bytes)} | ${against(megabytes(result.vsix.bytes), result.vsix.bytes, '<', LIMITS.vsixBytes, (v) => String(v / 1e6))} |`,
    ...result.dist.map((entry) => `| ${entry.file} | ${count(entry.bytes)} | ${megabytes(entry.bytes)} |`),
    `| dist/*.js, unzipped | ${count(result.distBytes)} | ${megabytes(result.distBytes)} |`,
  ],
  peers: (result) => [
    `The same ${count(result.bytes)}-byte Markdown brief through each linter, in this process: what a user already accepts in the editor for a linter of the same text.`,
    '',
    '| linter | runs | median ms | p10–p90 ms | findings |',
    '|---|---:|---:|---:|---:|',
    `| brieflint | ${result.brieflint.time.n} | ${ms(result.brieflint.time.median)} | ${spread(result.brieflint.time, ms)} | ${result.brieflint.findings} |`,
    `| ${result.peer.name} ${result.peer.version} (${result.peer.rules}) | ${result.peer.time.n} | ${ms(result.peer.time.median)} | ${spread(result.peer.time, ms)} | ${count(result.peer.findings)} |`,
    '',
    `brieflint takes ${times(result.ratio)} the time ${result.peer.name} takes on the same text.`,
  ],
};

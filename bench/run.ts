import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, SERVER } from './briefs';
import { measureAdversarial, measureEngine } from './engine';
import { measureMemory } from './memory';
import { measurePeers } from './peers';
import { SECTIONS, toJson, toMarkdown, type Report, type SectionName, type Sections } from './report';
import { measureSize } from './size';
import { measureStart } from './server-start';
import type { RunPlan } from './stats';
import { measureTyping, type TypingPlan } from './typing';

/**
 * `npm run bench`: brieflint's speed, memory and size against the targets of issue 4, as one report — markdown on
 * stdout, or JSON with --json. It reports and never fails on a target: it exits 0 with every section measured
 * (✓ or ✗), 1 when a section could not be measured (the report says why), 2 on a bad argument.
 */

const USAGE = `usage: npm run bench -- [--json] [--quick] [--only ${SECTIONS.join(',')}]`;

interface Options {
  json: boolean;
  quick: boolean;
  only: SectionName[];
}

interface Plans {
  engine: RunPlan;
  floor: RunPlan;
  adversarial: RunPlan;
  peers: RunPlan;
  typing: TypingPlan;
  spawns: number;
  memoryRepetitions: number;
}

const FULL: Plans = {
  engine: { warmup: 3, minRuns: 10, maxRuns: 300, budgetMs: 2500 },
  floor: { warmup: 3, minRuns: 10, maxRuns: 300, budgetMs: 500 },
  adversarial: { warmup: 2, minRuns: 7, maxRuns: 100, budgetMs: 250 },
  peers: { warmup: 2, minRuns: 10, maxRuns: 100, budgetMs: 1500 },
  typing: { edits: 1000, warmup: 50 },
  spawns: 10,
  memoryRepetitions: 3,
};

/** A smoke check of the instrument: every section, a fraction of the runs. */
const QUICK: Plans = {
  engine: { warmup: 1, minRuns: 5, maxRuns: 50, budgetMs: 200 },
  floor: { warmup: 1, minRuns: 5, maxRuns: 50, budgetMs: 50 },
  adversarial: { warmup: 1, minRuns: 3, maxRuns: 20, budgetMs: 50 },
  peers: { warmup: 1, minRuns: 5, maxRuns: 20, budgetMs: 300 },
  typing: { edits: 200, warmup: 20 },
  spawns: 3,
  memoryRepetitions: 1,
};

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { json: false, quick: false, only: [...SECTIONS] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const list = arg === '--only' ? args[++i] : arg.slice('--only='.length);
      if (list === undefined || list === '') throw new UsageError('--only needs a list of sections');
      const names = list.split(',').map((name) => name.trim());
      const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
      if (unknown.length > 0) throw new UsageError(`unknown section ${unknown.map((name) => `"${name}"`).join(', ')} (sections: ${SECTIONS.join(', ')})`);
      options.only = SECTIONS.filter((name) => names.includes(name));
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  return options;
}

class UsageError extends Error {}

/** A warning when the bundle the server sections run is older than the server's sources. */
function staleServer(): string | undefined {
  if (!fs.existsSync(SERVER)) return undefined;
  const built = fs.statSync(SERVER).mtimeMs;
  const sources = (folder: string): string[] => fs.readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sources(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
  const newer = sources(path.join(ROOT, 'server', 'src')).find((file) => fs.statSync(file).mtimeMs > built);
  return newer ? `${path.relative(ROOT, SERVER)} is older than ${path.relative(ROOT, newer)}; \`npm run bench\` builds it first.` : undefined;
}

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(`${USAGE}\n  --json   the report as JSON instead of markdown tables\n  --quick  fewer runs: a check that the instrument works, not figures to quote\n  --only   some sections (comma-separated)`);
    return 0;
  }
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}. ${USAGE}`);
    return 2;
  }
  const plans = options.quick ? QUICK : FULL;
  const progress = (what: string) => process.stderr.write(`bench: ${what}\n`);
  const began = performance.now();
  const report: Report = {
    meta: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      load: os.loadavg()[0],
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      quick: options.quick,
      seconds: 0,
      server: path.relative(ROOT, SERVER),
    },
    sections: {},
  };
  if (options.only.some((name) => name === 'typing' || name === 'start' || name === 'memory')) report.meta.serverWarning = staleServer();

  const measure = async <K extends SectionName>(name: K, run: () => Promise<Sections[K]>) => {
    if (!options.only.includes(name)) return;
    const started = performance.now();
    try {
      const result = await run();
      report.sections[name] = { seconds: (performance.now() - started) / 1000, result } as Report['sections'][K];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      progress(`${name}: not measured: ${message}`);
      report.sections[name] = { seconds: (performance.now() - started) / 1000, error: message } as Report['sections'][K];
    }
  };
  // The engine first, in a quiet process; then the servers, each a process of its own; the packaging last.
  await measure('engine', async () => measureEngine(plans.engine, plans.floor, progress));
  await measure('adversarial', async () => measureAdversarial(plans.adversarial, progress));
  await measure('peers', () => measurePeers(plans.peers, progress));
  await measure('start', () => measureStart(plans.spawns, progress));
  await measure('memory', () => measureMemory(plans.memoryRepetitions, progress));
  await measure('typing', () => measureTyping(plans.typing, progress));
  await measure('size', () => measureSize(progress));
  report.meta.seconds = (performance.now() - began) / 1000;

  process.stdout.write(options.json ? `${toJson(report)}\n` : toMarkdown(report));
  return Object.values(report.sections).some((outcome) => outcome && 'error' in outcome) ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBrief, ROOT } from './briefs';
import { timeEngine } from './engine';
import { summarize, timeRuns, type RunPlan, type Summary } from './stats';

/**
 * The same 250 KB Markdown brief through markdownlint with its default rules: the time a user already accepts in
 * the editor for a linter of the same text, beside brieflint's, measured in the same run.
 */

export interface PeerResult {
  bytes: number;
  brieflint: { time: Summary; findings: number };
  peer: { name: string; version: string; rules: string; time: Summary; findings: number };
  /** brieflint's median over the peer's median. */
  ratio: number;
}

type LintSync = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

export async function measurePeers(plan: RunPlan, progress: (what: string) => void): Promise<PeerResult> {
  const text = buildBrief('markdown', 250_000);
  progress('peers: brieflint');
  const brieflint = timeEngine(text, 'markdown', plan);
  progress('peers: markdownlint');
  // markdownlint is an ES module; `module: Node16` keeps this import() a real one in the CommonJS output.
  const { lint } = (await import('markdownlint/sync')) as { lint: LintSync };
  let findings = 0;
  const time = summarize(timeRuns(() => { findings = lint({ strings: { brief: text } }).brief.length; }, plan));
  // The package's exports do not include its package.json: it is read where npm put it.
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'markdownlint', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    bytes: Buffer.byteLength(text),
    brieflint,
    peer: { name: 'markdownlint', version, rules: 'default rules', time, findings },
    ratio: brieflint.time.median / time.median,
  };
}

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './briefs';

/**
 * The size of the extension as it ships: the commands of `npm run package` (a production bundle, then vsce) run in a
 * copy of the package's files in a temporary folder, so the checkout's dist/ and .vsix are left as they are.
 */

export interface SizeResult {
  vsix: { file: string; bytes: number };
  /** The production bundles, dist/*.js. */
  dist: { file: string; bytes: number }[];
  distBytes: number;
}

const run = promisify(execFile);
/** The sources the bundler reads, linked into the temporary folder for the build and unlinked before packaging. */
const BUILD_INPUTS = ['server', 'client', 'node_modules'];

export async function measureSize(progress: (what: string) => void): Promise<SizeResult> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files?: string[]; scripts?: Record<string, string> };
  const { bundle, vsce } = packageSteps(manifest.scripts?.package);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-bench-'));
  try {
    stage(folder, manifest.files ?? []);
    progress(`size: node esbuild.mjs ${bundle.join(' ')}`);
    for (const input of BUILD_INPUTS) fs.symlinkSync(path.join(ROOT, input), path.join(folder, input), 'dir');
    try {
      await step('node esbuild.mjs', process.execPath, [path.join(ROOT, 'esbuild.mjs'), ...bundle], folder);
    } finally {
      for (const input of BUILD_INPUTS) fs.rmSync(path.join(folder, input), { force: true });
    }
    progress('size: vsce package');
    const vsix = path.join(folder, `${manifest.name}-${manifest.version}.vsix`);
    await step('vsce package', process.execPath, [require.resolve('@vscode/vsce/vsce'), ...vsce, '--out', vsix], folder);
    const dist = fs.readdirSync(path.join(folder, 'dist')).filter((file) => file.endsWith('.js')).sort()
      .map((file) => ({ file: `dist/${file}`, bytes: fs.statSync(path.join(folder, 'dist', file)).size }));
    return { vsix: { file: path.basename(vsix), bytes: fs.statSync(vsix).size }, dist, distBytes: dist.reduce((sum, entry) => sum + entry.bytes, 0) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The arguments of the bundler and of vsce in the "package" script, e.g. `node esbuild.mjs --production && vsce package …`. */
export function packageSteps(script: string | undefined): { bundle: string[]; vsce: string[] } {
  const steps = (script ?? '').split('&&').map((part) => part.trim().split(/\s+/));
  const bundle = steps.find((words) => words[0] === 'node' && words[1] === 'esbuild.mjs');
  const vsce = steps.find((words) => words[0] === 'vsce' && words[1] === 'package');
  if (!bundle || !vsce) throw new Error(`the "package" script of package.json is not \`node esbuild.mjs … && vsce package …\`: ${JSON.stringify(script)}`);
  return { bundle: bundle.slice(2), vsce: vsce.slice(1) };
}

/** Copies what the package is made of, except the bundles, which are built afresh. */
function stage(folder: string, files: readonly string[]): void {
  const tops = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', ...files.map((file) => file.split('/')[0])]);
  tops.delete('dist');
  for (const top of tops) {
    const from = path.join(ROOT, top);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(folder, top), { recursive: true });
  }
}

async function step(what: string, command: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(command, args, { cwd, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string };
    const output = `${failed.stderr ?? ''}\n${failed.stdout ?? ''}`.trim().split('\n').filter((line) => line.trim() !== '').slice(-3).join(' / ');
    throw new Error(`${what} failed: ${output || failed.message}`);
  }
}

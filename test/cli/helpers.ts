import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../repo';

export { REPO_ROOT };
export const FIXTURES = 'test/fixtures/cli';
export const MOTION = `${FIXTURES}/motion.txt`;
export const REPLY = `${FIXTURES}/reply.md`;
export const CLEAN = `${FIXTURES}/clean.md`;

/** A Node stack frame, which must never reach a user. */
export const STACK_FRAME = /at .*\(.*:\d+:\d+\)/;

let built = false;

/** `npm test` builds first; a bare `mocha` run builds the bundle once if it is missing. */
export function ensureBuilt(): void {
  if (built) return;
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'cli.js'))) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  built = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

/** Runs `node bin/brieflint.js ARGS` as a user would, from the checkout unless told otherwise. */
export function brieflint(args: readonly string[], options: RunOptions = {}): CliRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? withoutColorVariables(process.env),
    encoding: 'utf8',
    timeout: 60_000,
  };
  let entry = path.join(REPO_ROOT, 'bin', 'brieflint.js');
  if (options.uid !== undefined) {
    // Another user may not reach the checkout (CI clones it under /root): run a copy of the self-contained bundle from /tmp.
    const folder = makeTempFolder();
    fs.chmodSync(folder, 0o755);
    entry = path.join(folder, 'cli.js');
    fs.copyFileSync(path.join(REPO_ROOT, 'dist', 'cli.js'), entry);
    fs.chmodSync(entry, 0o644);
    spawnOptions.cwd = options.cwd ?? folder;
    spawnOptions.uid = options.uid;
    spawnOptions.gid = options.gid ?? options.uid;
  }
  const result = spawnSync(process.execPath, [entry, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function withoutColorVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.NO_COLOR;
  delete copy.FORCE_COLOR;
  return copy;
}

/** A fresh folder under the system's temp folder; removed by `removeTempFolders`. */
const tempFolders: string[] = [];
export function makeTempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-cli-'));
  tempFolders.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of tempFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

export function readFixture(relativePath: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8');
}

/** The 1-based number of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`stdout is not JSON:\n${text}`);
  }
}

/** Asserts-free shape check used by several tests: the object has exactly these keys. */
export function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value).sort() : [];
}

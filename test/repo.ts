import * as fs from 'node:fs';
import * as path from 'node:path';

/** The checkout: the folder above the tests with both package.json and bin/brieflint.js (tsc also copies package.json into out/). */
export const REPO_ROOT = findRepoRoot(__dirname) ?? findRepoRoot(process.cwd()) ?? fail();

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}

function findRepoRoot(start: string): string | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json')) && fs.existsSync(path.join(folder, 'bin', 'brieflint.js'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function fail(): never {
  throw new Error(`no brieflint checkout above ${__dirname} or ${process.cwd()}`);
}

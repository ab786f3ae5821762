import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BriefFile } from '../lint';

/** A file or folder that could not be used, said in words for `brieflint: <path>: <message>`. */
export interface InputProblem {
  path: string;
  message: string;
}

/** Read when a folder is given; a file named on the command line is read whatever its extension. */
const BRIEF_EXTENSIONS = ['.md', '.txt', '.brief'];

/**
 * A brief saved as text runs to a few hundred kilobytes; a file past this size is a data dump or a mistake,
 * and checking it would only stall the run.
 */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** As Git does, a NUL byte near the start marks a file as binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** Finds and reads the briefs that the paths name; each one that cannot be used becomes a problem, in the order given. */
export function readBriefs(paths: readonly string[]): { briefs: BriefFile[]; problems: InputProblem[] } {
  const briefs: BriefFile[] = [];
  const problems: InputProblem[] = [];
  for (const entry of findBriefFiles(paths)) {
    if (typeof entry !== 'string') {
      problems.push(entry);
      continue;
    }
    const read = readTextFile(entry);
    if (!read.ok) problems.push({ path: entry, message: read.message });
    else if (read.text.trim() === '') problems.push({ path: entry, message: 'empty file, nothing to check' });
    else briefs.push({ path: entry, text: read.text });
  }
  return { briefs, problems };
}

/** The files that the paths name, or why a path names none: files as given, then each folder's briefs sorted, every file once. */
function findBriefFiles(paths: readonly string[]): (string | InputProblem)[] {
  const entries: (string | InputProblem)[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const identity = realPathOrResolved(file);
    if (seen.has(identity)) return;
    seen.add(identity);
    entries.push(file);
  };
  for (const given of paths) {
    let stats: fs.Stats;
    try {
      stats = fs.statSync(given);
    } catch (error) {
      entries.push({ path: given, message: describeFileError(error) });
      continue;
    }
    if (!stats.isDirectory()) {
      add(given);
      continue;
    }
    const found: string[] = [];
    const problems: InputProblem[] = [];
    collectBriefs(given, found, problems);
    entries.push(...problems);
    if (found.length === 0 && problems.length === 0) {
      entries.push({ path: given, message: 'no .md, .txt or .brief files in this folder or below it' });
    }
    found.sort(compareCodeUnits).forEach(add);
  }
  return entries;
}

function collectBriefs(folder: string, found: string[], problems: InputProblem[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, message: describeFileError(error) });
    return;
  }
  for (const entry of entries) {
    const entryPath = path.join(folder, entry.name);
    // Hidden entries are tool state (.git, editor lock and backup files), never briefs.
    if (entry.name.startsWith('.')) continue;
    // Symbolic links to folders are not followed, so a link cycle cannot trap the walk.
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') collectBriefs(entryPath, found, problems);
    } else if (BRIEF_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && isFileOrLinkToFile(entry, entryPath)) {
      found.push(entryPath);
    }
  }
}

function isFileOrLinkToFile(entry: fs.Dirent, entryPath: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(entryPath).isFile();
  } catch {
    return false;
  }
}

function realPathOrResolved(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Locale-independent, so that the order of files, and so of the output, is the same on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a UTF-8 text file, or says in a few words why it is not one. Never throws. */
export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const { size } = fs.statSync(file);
    if (size > MAX_FILE_BYTES) {
      return { ok: false, message: `file too large (${megabytes(size)}; brieflint reads files up to ${megabytes(MAX_FILE_BYTES)})` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8' };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, message: 'binary file (it contains NUL bytes), not a text brief' };
  }
  try {
    // The decoder drops a leading byte order mark, as editors do: VS Code hands the language server the text
    // without it, so the CLI's line:column positions and the editor's agree, and front matter still starts at offset 0.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `not valid UTF-8 text (first bad byte on line ${firstInvalidUtf8Line(bytes)}); save it as UTF-8` };
  }
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** UTF-8 never uses the byte 0x0A inside a multi-byte character, so each line can be decoded on its own. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return line;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

function describeFileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (Object.hasOwn(FILE_ERRORS, code)) return FILE_ERRORS[code];
  const message = error instanceof Error ? error.message : String(error);
  return `cannot be read (${message.split('\n')[0]})`;
}

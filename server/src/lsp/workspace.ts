import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Brief } from '../engine/brief';
import { BriefParser, parseBrief } from '../engine/parse';
import { normalisePath } from '../engine/motion';
import type { Config } from '../config';
import { lintBrief, type LintResult } from '../lint';

/** Files that may hold a brief; a reply's motion is looked for among them. */
const BRIEF_EXTENSIONS = new Set(['.brief', '.md', '.markdown', '.txt']);
/** Larger documents are declined rather than analysed: the editor must never freeze. The CLI has the same limit. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** A workspace folder is searched this far for motions, so that a huge folder never stalls the server. */
const MAX_WORKSPACE_FILES = 2000;
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

export interface OpenDocument {
  uri: string;
  version: number;
  text: string;
}

interface DiskBrief {
  config: Config;
  brief: Brief | undefined;
}

/** The engine's path for a document: a file system path where there is one, so `motion: ./motion.md` resolves; else the URI. */
export function briefPathOf(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : uri;
}

/**
 * The briefs the server knows: the open documents (their text as the editor holds it) and the files in the
 * workspace folders (read from disk when a reply needs its motion). Parsing is cached per document version,
 * and each open document is parsed incrementally from its previous version.
 */
export class BriefWorkspace {
  private readonly parsed = new Map<string, { version: number; config: Config; brief: Brief; parser: BriefParser }>();
  private readonly disk = new Map<string, DiskBrief>();
  private folderFiles: string[] | undefined;
  private folders: string[] = [];

  constructor(private readonly openDocuments: () => readonly OpenDocument[]) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => URI.parse(uri)).filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
    this.forgetDisk();
  }

  /**
   * Something may have changed on disk: files are listed and read again when next needed. Called on watched-file
   * events, saves and opens rather than checking every file on every keystroke.
   */
  forgetDisk(): void {
    this.folderFiles = undefined;
    this.disk.clear();
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
  }

  brief(document: OpenDocument, config: Config): Brief {
    const cached = this.parsed.get(document.uri);
    if (cached && cached.version === document.version && cached.config === config) return cached.brief;
    // Each open document keeps its parser, which reads again only what an edit changed.
    const parser = cached?.parser ?? new BriefParser();
    const brief = parser.parse(briefPathOf(document.uri), document.text, config);
    this.parsed.set(document.uri, { version: document.version, config, brief, parser });
    return brief;
  }

  lint(document: OpenDocument, config: Config): LintResult {
    const brief = this.brief(document, config);
    return lintBrief(brief, brief.kind === 'reply' ? this.briefsFor(config) : [brief], config);
  }

  /** The URI of the document or file a brief was read from. */
  uriOf(brief: Brief): string {
    const open = this.openDocuments().find((document) => briefPathOf(document.uri) === brief.path);
    return open?.uri ?? URI.file(brief.path).toString();
  }

  /** Every brief a reply may answer: the open documents, then the workspace files not open in the editor. */
  private briefsFor(config: Config): Brief[] {
    const open = this.openDocuments();
    const briefs = open.filter((document) => document.text.length <= MAX_DOCUMENT_BYTES).map((document) => this.brief(document, config));
    const openPaths = new Set(briefs.map((brief) => normalisePath(brief.path)));
    for (const file of this.listFolderFiles()) {
      if (openPaths.has(normalisePath(file))) continue;
      const brief = this.readDiskBrief(file, config);
      if (brief) briefs.push(brief);
    }
    return briefs;
  }

  private listFolderFiles(): string[] {
    if (!this.folderFiles) {
      const files: string[] = [];
      for (const folder of this.folders) collectBriefFiles(folder, files);
      this.folderFiles = files;
    }
    return this.folderFiles;
  }

  private readDiskBrief(file: string, config: Config): Brief | undefined {
    const cached = this.disk.get(file);
    if (cached && cached.config === config) return cached.brief;
    let brief: Brief | undefined;
    try {
      if (fs.statSync(file).size <= MAX_DOCUMENT_BYTES) {
        brief = parseBrief(file, fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), config);
      }
    } catch {
      // A file that vanished or cannot be read is simply not a candidate motion.
    }
    this.disk.set(file, { config, brief });
    return brief;
  }
}

function collectBriefFiles(folder: string, files: string[]): void {
  const pending = [folder];
  while (pending.length > 0 && files.length < MAX_WORKSPACE_FILES) {
    const current = pending.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      else if (entry.isFile() && BRIEF_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
      if (files.length >= MAX_WORKSPACE_FILES) return;
    }
  }
}

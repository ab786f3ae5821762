import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { buildBrief, EXAMPLES, headLineCount } from './briefs';
import { ServerSession } from './lsp';
import { quantile, summarize, type Summary } from './stats';

/**
 * The language server as an editor sees it. A 250 KB pleading-paper brief is open; single-character edits land at
 * seeded random places (a random line, a random character in it; one edit in ten in the caption and title, where
 * an edit can change what kind of brief it is); each edit's time runs from sending `didChange` to receiving its
 * diagnostics — pushed with debounce 0 (Neovim, Eglot: matched by version), and pulled (VS Code: the answer to the
 * `textDocument/diagnostic` request sent after the change). The first edits of each session warm the JIT and are
 * not counted.
 */

export interface TypingPlan {
  edits: number;
  warmup: number;
}

export interface TypingRow {
  mode: 'pushed' | 'pulled';
  edits: number;
  warmup: number;
  /** Of the edits counted, how many deleted a character rather than typed one, and how many landed in the caption or title. */
  deletions: number;
  inCaption: number;
  time: Summary & { p99: number };
}

export interface TypingResult {
  bytes: number;
  lines: number;
  captionLines: number;
  rows: TypingRow[];
}

const URI = 'file:///bench/typing/brief.txt';
const SEED = 20180105;
const CAPTION_SHARE = 0.1;
const DELETE_SHARE = 0.15;
const TYPED = 'etaoinshrdlu etaoinshrdlu,.';

/** mulberry32: a small seeded generator, so every run types the same edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface Edit {
  line: number;
  character: number;
  /** The character typed, or '' for a deletion of the character after `character`. */
  text: string;
  inCaption: boolean;
}

/**
 * The next edit, applied to `lines` (the document as the client holds it). Lines never gain or lose a line break,
 * so a line's length is all an edit needs to know.
 */
function nextEdit(lines: string[], captionLines: number, next: () => number): Edit {
  const inCaption = next() < CAPTION_SHARE && captionLines > 0;
  const line = Math.floor(next() * (inCaption ? captionLines : lines.length));
  const content = lines[line].replace(/\r$/, '');
  const deletion = next() < DELETE_SHARE && content.length > 0;
  const character = Math.floor(next() * (deletion ? content.length : content.length + 1));
  const text = deletion ? '' : TYPED[Math.floor(next() * TYPED.length)];
  lines[line] = lines[line].slice(0, character) + text + lines[line].slice(character + (deletion ? 1 : 0));
  return { line, character, text, inCaption };
}

async function session(mode: 'pushed' | 'pulled', text: string, captionLines: number, plan: TypingPlan): Promise<TypingRow> {
  const server = await ServerSession.start(mode === 'pulled');
  try {
    await server.open(URI, EXAMPLES.pleading.languageId, text);
    let resultId: string | undefined;
    const pull = async () => {
      const report: DocumentDiagnosticReport = await server.within('a pulled diagnostic report', server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: resultId }));
      resultId = report.resultId;
    };
    if (mode === 'pulled') await pull();
    else await server.diagnostics(URI, 1);
    const lines = text.split('\n');
    const next = random(SEED);
    const times: number[] = [];
    let deletions = 0;
    let inCaption = 0;
    for (let i = 0; i < plan.warmup + plan.edits; i++) {
      const version = i + 2;
      const edit = nextEdit(lines, captionLines, next);
      const start = { line: edit.line, character: edit.character };
      const end = { line: edit.line, character: edit.character + (edit.text === '' ? 1 : 0) };
      const started = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start, end }, text: edit.text }],
      });
      let arrived: number;
      if (mode === 'pulled') {
        await pull();
        arrived = performance.now();
      } else {
        arrived = await server.diagnostics(URI, version);
      }
      if (i < plan.warmup) continue;
      times.push(arrived - started);
      if (edit.text === '') deletions++;
      if (edit.inCaption) inCaption++;
    }
    return { mode, edits: plan.edits, warmup: plan.warmup, deletions, inCaption, time: { ...summarize(times), p99: quantile(times, 0.99) } };
  } finally {
    await server.stop();
  }
}

export async function measureTyping(plan: TypingPlan, progress: (what: string) => void): Promise<TypingResult> {
  const text = buildBrief('pleading', 250_000);
  const captionLines = headLineCount(text);
  const rows: TypingRow[] = [];
  for (const mode of ['pushed', 'pulled'] as const) {
    progress(`typing: ${plan.warmup + plan.edits} edits, diagnostics ${mode}`);
    rows.push(await session(mode, text, captionLines, plan));
  }
  return { bytes: Buffer.byteLength(text), lines: text.split('\n').length, captionLines, rows };
}

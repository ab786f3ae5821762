import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The bundled language server, as editors run it (`node esbuild.mjs` builds it). */
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export type Form = 'pleading' | 'markdown';

/** The examples the long briefs are made from, and the file name each form is analysed under. */
export const EXAMPLES: Readonly<Record<Form, { example: string; file: string; languageId: string }>> = {
  pleading: { example: 'examples/romero-v-securus/defendant-motion.txt', file: 'brief.txt', languageId: 'plaintext' },
  markdown: { example: 'examples/romero-v-securus/well-drafted/motion-for-relief.md', file: 'brief.md', languageId: 'markdown' },
};

/**
 * A long brief made from an example: its caption and title once, then its body again and again, as a long brief's
 * many sections. Each copy after the first has its numbers moved by the copy's index (years and margin numbers
 * kept): a line of argument repeated word for word on every page would be read, rightly, as a running footer and
 * hidden with its citations. The example's own running lines stay as they are. A `variant` other than 0 moves the
 * numbers of every copy by a further `variant` × 1000, for briefs of the same size that are not the same text.
 */
export function buildBrief(form: Form, bytes: number, variant = 0): string {
  const source = fs.readFileSync(path.join(ROOT, EXAMPLES[form].example), 'utf8');
  const start = bodyStart(source);
  const head = source.slice(0, start);
  const body = source.slice(start);
  const runningLines = repeatedLines(source);
  let text = head;
  for (let copy = 0; text.length < bytes; copy++) {
    const shift = copy + variant * 1000;
    text += `${shift === 0 ? body : renumber(body, shift, runningLines)}\n`;
  }
  return text;
}

/** How many lines of a built brief come before its body: the caption and the title, where an edit can change the brief's kind. */
export function headLineCount(text: string): number {
  return text.slice(0, bodyStart(text)).split('\n').length - 1;
}

function bodyStart(source: string): number {
  return Math.max(0, source.search(/^(?:\d+\t)?(?:INTRODUCTION|## )/m));
}

function renumber(body: string, shift: number, runningLines: ReadonlySet<string>): string {
  return body.split('\n').map((line) => {
    if (runningLines.has(line.trim())) return line;
    const margin = /^\d{1,2}\t/.exec(line)?.[0] ?? '';
    const moved = line.slice(margin.length).replace(/\d+/g, (digits) => (/^(?:19|20)\d\d$/.test(digits) ? digits : String(Number(digits) + shift)));
    return margin + moved;
  }).join('\n');
}

function repeatedLines(source: string): Set<string> {
  const counts = new Map<string, number>();
  for (const line of source.split('\n')) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  return new Set([...counts].filter(([line, count]) => count >= 3 && line !== '').map(([line]) => line));
}

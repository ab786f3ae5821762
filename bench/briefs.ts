import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * A long brief made from an example: its caption and title once, then its body again and again, as a long brief's
 * many sections. Each copy after the first has its numbers moved by the copy's index (years and margin numbers
 * kept): a line of argument repeated word for word on every page would be read, rightly, as a running footer and
 * hidden with its citations. The example's own running lines stay as they are.
 */
export function buildBrief(example: string, bytes: number): string {
  const source = fs.readFileSync(path.join(ROOT, example), 'utf8');
  const bodyStart = source.search(/^(?:\d+\t)?(?:INTRODUCTION|## )/m);
  const head = source.slice(0, bodyStart);
  const body = source.slice(bodyStart);
  const runningLines = repeatedLines(source);
  let text = head;
  for (let copy = 0; text.length < bytes; copy++) text += `${copy === 0 ? body : renumber(body, copy, runningLines)}\n`;
  return text;
}

function renumber(body: string, copy: number, runningLines: ReadonlySet<string>): string {
  return body.split('\n').map((line) => {
    if (runningLines.has(line.trim())) return line;
    const margin = /^\d{1,2}\t/.exec(line)?.[0] ?? '';
    const moved = line.slice(margin.length).replace(/\d+/g, (digits) => (/^(?:19|20)\d\d$/.test(digits) ? digits : String(Number(digits) + copy)));
    return margin + moved;
  }).join('\n');
}

function repeatedLines(source: string): Set<string> {
  const counts = new Map<string, number>();
  for (const line of source.split('\n')) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  return new Set([...counts].filter(([line, count]) => count >= 3 && line !== '').map(([line]) => line));
}

export const SERVER = path.join(ROOT, 'dist', 'server.js');

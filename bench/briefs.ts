import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** A long brief made from an example: its caption and title once, then its body again and again, as a long brief's many sections. */
export function buildBrief(example: string, bytes: number): string {
  const source = fs.readFileSync(path.join(ROOT, example), 'utf8');
  const bodyStart = source.search(/^(?:\d+\t)?(?:INTRODUCTION|## )/m);
  const head = source.slice(0, bodyStart);
  const body = source.slice(bodyStart);
  let text = head;
  while (text.length < bytes) text += `${body}\n`;
  return text;
}

export const SERVER = path.join(ROOT, 'dist', 'server.js');

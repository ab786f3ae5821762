/** Offsets are UTF-16 code units (JavaScript string indices), as LSP positions are by default. */
export interface Span {
  start: number;
  end: number;
}

/** The characters JavaScript's `\s` and `String.prototype.trim` treat as whitespace, read by code without a regex. */
export function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** 0-based line and character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts between offsets and line/character positions of one text. Lines end at \n, \r\n or a lone \r, as LSP
 * clients count them.
 */
export class LineIndex {
  private readonly starts: readonly number[];

  /**
   * `lineStarts`, when the caller has them already, saves a second pass over the text; the index keeps them as given.
   * They must count lines as LSP does: a text with a lone \r needs the index's own count.
   */
  constructor(private readonly text: string, lineStarts?: readonly number[]) {
    if (lineStarts) {
      this.starts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) continue;
      if (code === 10 || code === 13) starts.push(i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its \r\n or \n. */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + position.character, next));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** The one range where two texts differ: from the first difference to the last, in both. Undefined when equal. */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } | undefined {
  if (before === after) return undefined;
  const start = commonLength(before, after, Math.min(before.length, after.length), false);
  const suffix = commonLength(before, after, Math.min(before.length, after.length) - start, true);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

const BLOCK = 1024;

/**
 * How many characters two texts share at their starts (or, `fromEnd`, at their ends), at most `limit`. Equal
 * blocks are compared by the engine far faster than a loop over characters, which finishes the last block.
 */
function commonLength(a: string, b: string, limit: number, fromEnd: boolean): number {
  const blockOf = (text: string, at: number, length: number) => fromEnd ? text.slice(text.length - at - length, text.length - at) : text.slice(at, at + length);
  const codeAt = (text: string, at: number) => text.charCodeAt(fromEnd ? text.length - 1 - at : at);
  let at = 0;
  while (at + BLOCK <= limit && blockOf(a, at, BLOCK) === blockOf(b, at, BLOCK)) at += BLOCK;
  while (at < limit && codeAt(a, at) === codeAt(b, at)) at++;
  return at;
}

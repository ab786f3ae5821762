import type { Span } from './text';

/**
 * The items (sorted by start) whose start lies inside `span`, found by binary search: the briefs are long and the
 * rules ask this for every section, so a scan of every item each time would make the analysis quadratic.
 */
export function startingWithin<T extends { span: Span }>(items: readonly T[], span: Span): T[] {
  const first = firstStartAtOrAfter(items, span.start);
  const found: T[] = [];
  for (let i = first; i < items.length && items[i].span.start < span.end; i++) found.push(items[i]);
  return found;
}

/** True when `offset` lies inside one of `spans` (sorted by start, not overlapping). */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return true;
  }
  return false;
}

function firstStartAtOrAfter<T extends { span: Span }>(items: readonly T[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

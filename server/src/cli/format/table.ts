import type { Style } from './color';

export interface Cell {
  text: string;
  /** Applied after padding is measured, so escape codes never count toward a column's width. */
  style?: Style;
}

/** Lines of aligned columns, two spaces apart and indented by two, as in ESLint's stylish output. */
export function formatTable(rows: readonly (readonly Cell[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell.text))));
  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const styled = cell.style ? cell.style(cell.text) : cell.text;
      const isLast = column === row.length - 1;
      return isLast ? styled : styled + ' '.repeat(widths[column] - displayWidth(cell.text));
    });
    return `  ${cells.join('  ')}`;
  });
}

/** Counts code points, so that a § or a curly quote takes one column like any letter. */
function displayWidth(text: string): number {
  return [...text].length;
}

/** Keeps each row on one line whatever the message holds. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

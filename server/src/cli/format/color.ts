export type Style = (text: string) => string;

export interface Palette {
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  yellow: Style;
  blue: Style;
}

const plain: Style = (text) => text;

function sgr(open: number, close: number): Style {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

/** ANSI styles when `enabled`, otherwise styles that leave the text alone. */
export function palette(enabled: boolean): Palette {
  if (!enabled) return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, blue: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), underline: sgr(4, 24), red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39) };
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off; colour also stays off when output is piped. */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return isTTY && !env.NO_COLOR;
}

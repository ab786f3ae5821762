import type { BriefStatus } from '../../server/src/protocol';

/** What the status bar item shows: `text` may hold `$(icon)` references, `tooltip` is Markdown. */
export interface StatusText {
  text: string;
  tooltip: string;
}

const ICON = '$(law)';
const HOW_TO_SET_KIND = 'Say what it is in front matter at the top of the file:\n\n```yaml\n---\nkind: motion\n---\n```\n\n'
  + '(`motion`, `opposition`, `reply` or `objection`). Until then, rules that depend on the kind of brief do not run.';
const CLICK_FOR_OUTPUT = '_Click to show the brieflint output._';

/** Turns the server's answer to `brieflint/briefStatus` into the words of the status bar item. */
export function describeBriefStatus(status: BriefStatus): StatusText {
  if (status.kind === 'unknown') {
    return { text: `${ICON} brief kind unknown`, tooltip: paragraphs('brieflint cannot tell from the title what kind of brief this is.', HOW_TO_SET_KIND) };
  }
  const heading = [status.title ? `**${escapeMarkdown(status.title)}**` : undefined, `A ${status.kind}, ${kindSource(status)}.`].filter(Boolean).join('\n\n');
  if (status.kind !== 'reply' || status.motion === undefined) return { text: `${ICON} ${status.kind}`, tooltip: paragraphs(heading) };
  if (status.motion.found) {
    const via = status.motion.via === 'front matter' ? 'named in its front matter' : 'found by its case number';
    return {
      text: `${ICON} reply · vs. ${status.motion.name}`,
      tooltip: paragraphs(heading, `Compared with the motion ${escapeMarkdown(status.motion.name)}, ${via}.`),
    };
  }
  return {
    text: `${ICON} reply · no motion found`,
    // The server's howToLink is Markdown already (it quotes front matter in backticks); its reason is plain text.
    tooltip: paragraphs(heading, `No motion found: ${escapeMarkdown(sentence(status.motion.reason))}`, status.motion.howToLink),
  };
}

function kindSource(status: BriefStatus): string {
  switch (status.kindFrom) {
    case 'front matter': return 'as its front matter says';
    case 'title': return 'judging by its title';
    default: return 'by default';
  }
}

function paragraphs(...parts: string[]): string {
  return [...parts, CLICK_FOR_OUTPUT].join('\n\n');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Escapes what Markdown would read as formatting inside a sentence (text from the brief, file names). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

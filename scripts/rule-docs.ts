import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, ruleDocPath } from '../server/src/rules';
import type { RuleModule } from '../server/src/rules/types';

export const ORDER_CITATION = 'Romero v. Securus Techs., Inc., No. 16cv1283 JM (MDD) (S.D. Cal. Jan. 5, 2018)';
export const HEADER_START = '<!-- generated:start -->';
export const HEADER_END = '<!-- generated:end -->';

const KIND_NAMES: Record<string, string> = { motion: 'motions', opposition: 'oppositions', reply: 'replies', objection: 'objections', unknown: 'briefs of unknown kind' };

/** The header of a rule's doc, made from the rule's own metadata so the two cannot disagree. */
export function renderDocHeader(rule: RuleModule): string {
  const fix = rule.fixable === 'fix'
    ? 'yes: a quick-fix, safe to apply with other fixes'
    : rule.fixable === 'suggestion' ? 'a suggestion only: applied when you choose it, never by "fix all"' : 'no';
  return [
    HEADER_START,
    `# \`${rule.id}\``,
    '',
    rule.title,
    '',
    '| | |',
    '|---|---|',
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Checks | ${rule.appliesTo.map((kind) => KIND_NAMES[kind]).join(', ')} |`,
    `| Fix | ${fix} |`,
    `| Source | ${ORDER_CITATION}, ${rule.source.locator} |`,
    '',
    `> ${rule.source.quote}`,
    HEADER_END,
  ].join('\n');
}

/** Replaces the text between the generated markers of a doc. */
export function withHeader(doc: string, header: string): string {
  const start = doc.indexOf(HEADER_START);
  const end = doc.indexOf(HEADER_END);
  if (start === -1 || end === -1) return `${header}\n${doc}`;
  return doc.slice(0, start) + header + doc.slice(end + HEADER_END.length);
}

/** `npm run docs`: rewrites the generated header of every rule's doc. */
if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  for (const rule of RULES) {
    const file = path.join(root, ruleDocPath(rule.id));
    fs.writeFileSync(file, withHeader(fs.readFileSync(file, 'utf8'), renderDocHeader(rule)));
    console.log(`updated ${ruleDocPath(rule.id)}`);
  }
}

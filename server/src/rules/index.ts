import { argumentWithoutAuthority } from './argument-without-authority';
import { missingStandardOfReview } from './missing-standard-of-review';
import { replyNewRelief } from './reply-new-relief';
import type { RuleModule } from './types';

/** Every rule, sorted by id. A rule id is permanent: it names the file, the doc, the config key. */
export const RULES: readonly RuleModule[] = [argumentWithoutAuthority, missingStandardOfReview, replyNewRelief];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

/** The rule's documentation, relative to the repository (and the packaged extension). */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

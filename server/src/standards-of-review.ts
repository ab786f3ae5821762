import standards from '../../snippets/standards.json';

/** The snippet the editor offers and the text the missing-standard-of-review fix inserts: one source for both. */
export const RULE_72A_SNIPPET = "Standard of review: magistrate judge's non-dispositive order (Rule 72(a))";

/** A snippet's body as plain text: each tab stop replaced by its placeholder (`${1:text}` → `text`). */
export function snippetText(name: keyof typeof standards): string {
  return standards[name].body.join('\n').replace(/\$\{\d+:([^}]*)\}|\$\d+/g, (_, placeholder: string | undefined) => placeholder ?? '');
}

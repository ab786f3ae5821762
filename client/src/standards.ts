import standards from '../../snippets/standards.json';

/** One standard-of-review snippet from `snippets/standards.json`, as the insert command offers it. */
export interface StandardOfReview {
  /** The snippet's key in standards.json, e.g. "Standard of review: abuse of discretion". */
  name: string;
  /** The name without the "Standard of review: " every key starts with: what the quick pick lists. */
  label: string;
  description: string;
  prefixes: readonly string[];
  /** The snippet body in VS Code's snippet syntax (tab stops and placeholders kept). */
  body: string;
}

const NAME_PREFIX = 'Standard of review: ';

export const STANDARDS_OF_REVIEW: readonly StandardOfReview[] = Object.entries(standards).map(([name, snippet]) => ({
  name,
  label: name.startsWith(NAME_PREFIX) ? name.slice(NAME_PREFIX.length) : name,
  description: snippet.description,
  prefixes: snippet.prefix,
  body: snippet.body.join('\n'),
}));

/**
 * The standard a command argument names: its full name, its label or one of its snippet prefixes, ignoring case.
 * Keybindings and tests pass one of these to skip the quick pick.
 */
export function findStandardOfReview(query: string): StandardOfReview | undefined {
  const wanted = query.trim().toLowerCase();
  return STANDARDS_OF_REVIEW.find((standard) =>
    standard.name.toLowerCase() === wanted || standard.label.toLowerCase() === wanted || standard.prefixes.some((prefix) => prefix.toLowerCase() === wanted));
}

import type { Citation } from './citations/types';

/**
 * `Id.` cites whatever was cited just before it, as eyecite's resolve step has it: after `(Doc. No. 66 at 4.)` an
 * `(Id.)` is the record again and no more authority than the docket is.
 */
export function resolveIdCitations(citations: readonly Citation[]): Citation[] {
  let antecedent: Citation | undefined;
  return citations.map((citation) => {
    if (citation.kind !== 'id') {
      antecedent = citation;
      return citation;
    }
    return antecedent && antecedent.authority !== citation.authority ? { ...citation, authority: antecedent.authority } : citation;
  });
}

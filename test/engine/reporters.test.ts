import * as assert from 'node:assert/strict';
import { CODES, CONSTITUTION_JURISDICTIONS, JOURNALS, RULE_SETS, TREATISES } from '../../server/src/engine/citations/codes';
import { abbreviationPattern, buildAnchorTable } from '../../server/src/engine/citations/patterns';
import { findCitations } from '../../server/src/engine/citations/recognize';
import { REPORTERS } from '../../server/src/engine/citations/reporters';
import type { Citation } from '../../server/src/engine/citations/types';

// Every row of every table is checked against its own example, so a row added with a typo, or a
// spelling that collides with another row, fails here rather than in a brief.

/** The one citation in `text`, or a failure that lists what was found. */
function onlyCite(text: string): Citation {
  const found = findCitations(text);
  assert.equal(found.length, 1, `"${text}" gave ${found.map((c) => `${c.kind}: ${c.text}`).join('; ') || 'nothing'}`);
  assert.equal(found[0].text, text, 'the whole example is the cite');
  return found[0];
}

const unspaced = (abbreviation: string) => abbreviation.replace(/\.\s+/g, '.');
const spacedOut = (abbreviation: string) => abbreviation.replace(/\.(?=\S)/g, '. ');

describe('abbreviation patterns', () => {
  const matches = (abbreviation: string, text: string) => new RegExp(`^(?:${abbreviationPattern(abbreviation)})`).test(text);

  it('let whitespace come or go after a period, including line breaks', () => {
    assert.ok(matches('F.3d', 'F. 3d'));
    assert.ok(matches('F. Supp. 2d', 'F.Supp.2d'));
    assert.ok(matches('F. Supp. 2d', 'F. Supp.\r\n   2d'));
    assert.ok(matches('Fed. R. Civ. P.', 'Fed. R. Civ.\nP.'));
  });

  it('require whitespace between plain words', () => {
    assert.ok(matches('Federal Rule of Civil Procedure', 'Federal  Rule\nof Civil Procedure'));
    assert.ok(!matches('Federal Rule of Civil Procedure', 'FederalRuleofCivilProcedure'));
  });

  it('accept either apostrophe', () => {
    assert.ok(matches("F. App'x", 'F. App’x'));
  });

  it('do not match the start of a longer word', () => {
    assert.ok(!matches('U.S.', 'U.S.C.'));
    assert.ok(!matches('WL', 'WLX'));
    assert.ok(!matches('Id.', 'Id.aho'));
  });

  it('refuse two different anchors written the same way', () => {
    const first = { name: 'first' };
    const second = { name: 'second' };
    assert.throws(() => buildAnchorTable([{ written: 'F.3d', anchor: first }, { written: 'F. 3d', anchor: second }]), /both written/);
    assert.doesNotThrow(() => buildAnchorTable([{ written: 'F.3d', anchor: first }, { written: 'F. 3d', anchor: first }]));
  });
});

describe('the reporter table', () => {
  it('has every reporter the recognizer promises', () => {
    const abbreviations = new Set(REPORTERS.map((r) => r.abbreviation));
    const promised = [
      'U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d', 'F.', 'F.2d', 'F.3d', 'F.4th', 'F. Supp.', 'F. Supp. 2d', 'F. Supp. 3d',
      'F.R.D.', 'B.R.', 'Fed. Cl.', "F. App'x", 'WL', 'U.S. Dist. LEXIS', 'U.S. App. LEXIS', 'U.S. LEXIS',
      'A.', 'A.2d', 'A.3d', 'N.E.', 'N.E.2d', 'N.E.3d', 'N.W.', 'N.W.2d', 'P.', 'P.2d', 'P.3d', 'S.E.', 'S.E.2d',
      'So.', 'So. 2d', 'So. 3d', 'S.W.', 'S.W.2d', 'S.W.3d', 'Cal.', 'Cal. 2d', 'Cal. 3d', 'Cal. 4th', 'Cal. 5th',
      'Cal. App.', 'Cal. App. 2d', 'Cal. App. 3d', 'Cal. App. 4th', 'Cal. App. 5th', 'Cal. Rptr.', 'Cal. Rptr. 2d',
      'Cal. Rptr. 3d', 'N.Y.', 'N.Y.2d', 'N.Y.3d', 'A.D.', 'A.D.2d', 'A.D.3d', 'N.Y.S.', 'N.Y.S.2d', 'N.Y.S.3d',
      'Ill.', 'Ill. 2d', 'Ill. App. 3d', 'Mass.', 'Wash. 2d',
    ];
    assert.deepEqual(promised.filter((a) => !abbreviations.has(a)), []);
  });

  for (const reporter of REPORTERS) {
    describe(reporter.abbreviation, () => {
      const [, volume, page] = /^(\d+) .* (\d+)$/.exec(reporter.example) ?? [];

      it(`its example has the shape volume, reporter, page: ${reporter.example}`, () => {
        assert.equal(reporter.example, `${volume} ${reporter.abbreviation} ${page}`);
      });

      it('its generated pattern matches its example', () => {
        assert.match(reporter.example, new RegExp(abbreviationPattern(reporter.abbreviation)));
      });

      it('its example is found as one cite to it', () => {
        const cite = onlyCite(reporter.example);
        // A database cite without a court and date is a short form; the example has neither.
        assert.equal(cite.kind, reporter.database ? 'short-case' : 'case');
        assert.deepEqual(
          { volume: cite.parts.volume, reporter: cite.parts.reporter, page: cite.parts.page, court: cite.parts.court },
          { volume, reporter: reporter.abbreviation, page, court: reporter.court },
        );
      });

      it('is found however its tokens are spaced', () => {
        for (const spacing of [unspaced(reporter.abbreviation), spacedOut(reporter.abbreviation)]) {
          assert.equal(onlyCite(`${volume} ${spacing} ${page}`).parts.reporter, reporter.abbreviation, spacing);
        }
      });

      for (const variant of reporter.variants ?? []) {
        it(`reads the variant ${variant} as ${reporter.abbreviation}`, () => {
          assert.equal(onlyCite(`${volume} ${variant} ${page}`).parts.reporter, reporter.abbreviation);
        });
      }
    });
  }
});

describe('the code tables', () => {
  for (const code of CODES) {
    it(`${code.abbreviation}: ${code.example}, and its variants`, () => {
      for (const written of [code.abbreviation, ...(code.variants ?? [])]) {
        const example = code.example.replace(code.abbreviation, written);
        const cite = onlyCite(example);
        assert.equal(cite.kind, code.kind, example);
        assert.equal(cite.parts.code, code.abbreviation, example);
      }
    });
  }

  for (const rules of RULE_SETS) {
    it(`${rules.abbreviation}: ${rules.example}, and its variants`, () => {
      for (const written of [rules.abbreviation, ...(rules.variants ?? [])]) {
        const example = rules.example.replace(rules.abbreviation, written);
        const cite = onlyCite(example);
        assert.equal(cite.kind, 'rule', example);
        assert.equal(cite.parts.code, rules.abbreviation, example);
      }
    });
  }

  it('every constitution', () => {
    for (const jurisdiction of CONSTITUTION_JURISDICTIONS) {
      const cite = onlyCite(`${jurisdiction} Const. art. I, § 1`);
      assert.deepEqual([cite.kind, cite.parts.code], ['constitution', `${jurisdiction} Const.`]);
    }
  });

  it('every journal', () => {
    for (const journal of JOURNALS) {
      const cite = onlyCite(`100 ${journal} 1, 10 (2000)`);
      assert.deepEqual([cite.kind, cite.parts.code, cite.parts.page, cite.parts.pin], ['secondary', journal, '1', '10']);
    }
  });

  it('every treatise, by each of its names', () => {
    for (const treatise of TREATISES) {
      for (const written of [treatise.title, ...(treatise.variants ?? [])]) {
        const cite = onlyCite(`2 ${written} § 10`);
        assert.deepEqual([cite.kind, cite.parts.code, cite.parts.volume], ['secondary', treatise.title, '2'], written);
      }
    }
  });
});

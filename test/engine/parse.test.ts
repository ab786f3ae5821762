import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseBrief } from '../../server/src/engine/parse';
import { allSections } from '../../server/src/engine/sections';
import type { Brief } from '../../server/src/engine/brief';
import { repoPath } from '../repo';

const lines = (...text: string[]) => text.join('\n');
const ORDER = readFileSync(repoPath('test/fixtures/order/romero-v-securus-order.txt'), 'utf8');

/** The outline as an attorney would read it: each heading, indented by depth, marked when it is argument. */
function outline(brief: Brief): string[] {
  const out: string[] = [];
  const visit = (sections: Brief['sections'], depth: number) => {
    for (const section of sections) {
      out.push(`${'  '.repeat(depth)}${section.heading.text}${section.isArgument ? ' [argument]' : ''}`);
      visit(section.children, depth + 1);
    }
  };
  visit(brief.sections, 0);
  return out;
}

/** The text a span points at in the file itself. */
const at = (brief: Brief, span: { start: number; end: number }) => brief.source.slice(span.start, span.end);

describe('brief model', () => {
  describe('pleading paper: the Romero order itself', () => {
    const brief = parseBrief('order.txt', ORDER);

    it('is recognised as pleading paper, with the margin numbers hidden but every offset kept', () => {
      assert.equal(brief.form, 'pleading');
      assert.equal(brief.text.length, brief.source.length);
      assert.ok(!/^\d+\t/m.test(brief.text), 'margin numbers remain in the text the rules read');
      assert.equal(brief.text.slice(0, 3), ' \t\t', 'the first margin number "1\\t\\t" leaves only its tabs');
    });

    it('reads the two-column caption: court, parties, case number and the title over three lines', () => {
      assert.equal(brief.caption.court, 'UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF CALIFORNIA');
      assert.equal(brief.caption.caseNumber, '16cv1283');
      assert.match(brief.caption.parties ?? '', /^JUAN ROMERO, FRANK TISCARENO, and KENNETH ELLIOTT.* v\. SECURUS TECHNOLOGIES, INC\., Defendant\.$/);
      assert.equal(brief.title?.text, "ORDER DENYING DEFENDANT'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE");
    });

    it('is an order, not a brief: its kind is unknown', () => {
      assert.equal(brief.kind, 'unknown');
    });

    it('finds the sections, with DISCUSSION as the argument', () => {
      assert.deepEqual(outline(brief), ['BACKGROUND', 'LEGAL STANDARDS', 'DISCUSSION [argument]', 'CONCLUSION']);
      const discussion = brief.sections[2];
      assert.equal(at(brief, discussion.heading.span), 'DISCUSSION');
    });

    it('finds footnote 1 by its superscript and where it is called', () => {
      assert.equal(brief.footnotes.length, 1);
      const [note] = brief.footnotes;
      assert.equal(note.label, '1');
      assert.match(note.text, /^In its reply brief, Defendant asks the court for the first time/);
      assert.equal(at(brief, note.reference!), '¹');
      assert.match(brief.source.slice(note.reference!.start - 20, note.reference!.start), /orders to the court\.$/);
    });

    it('keeps the signature block out of the last section', () => {
      assert.match(brief.signature?.text ?? '', /^DATED: January 5, 2018/);
      const conclusion = brief.sections[3];
      assert.ok(conclusion.span.end <= brief.signature!.span.start);
    });

    it('hides the <u> tags that split a case name, without moving it', () => {
      const offset = brief.source.indexOf('<u>Concrete Pipe');
      assert.equal(brief.text.slice(offset, offset + 16), '   Concrete Pipe');
    });
  });

  describe('Markdown', () => {
    const source = lines(
      '---',
      'kind: objection',
      'case: 3:16-cv-01283-JM-MDD',
      'court: S.D. Cal.',
      'brieflint:',
      '  disable: [reply-new-relief]',
      '---',
      '# Defendant\'s Motion for Relief',
      '',
      '<!-- brieflint-disable argument-without-authority -->',
      '',
      '## ARGUMENT',
      '',
      '### A. The Order Is *Contrary* to Law',
      '',
      'It is.[^1]',
      '',
      '## CONCLUSION',
      '',
      'Grant the motion.',
      '',
      '[^1]: See Fed. R. Civ. P. 72(a).',
      '    Continued here.',
    );
    const brief = parseBrief('brief.md', source);

    it('takes kind, case and court from the front matter', () => {
      assert.equal(brief.form, 'markdown');
      assert.equal(brief.kind, 'objection');
      assert.equal(brief.kindFrom, 'front matter');
      assert.equal(brief.caption.caseNumber, '16cv1283');
      assert.equal(brief.caption.court, 'S.D. Cal.');
      assert.equal(brief.title?.text, "Defendant's Motion for Relief");
    });

    it('collects rules switched off by front matter and by comment', () => {
      assert.deepEqual(brief.disabledRules, ['reply-new-relief', 'argument-without-authority']);
    });

    it('nests headings by their number of #, and marks the argument', () => {
      assert.deepEqual(outline(brief), ['ARGUMENT [argument]', '  A. The Order Is Contrary to Law [argument]', 'CONCLUSION']);
      const part = brief.sections[0].children[0];
      assert.equal(part.heading.label, 'A.');
      assert.equal(part.heading.level, 3);
    });

    it('attaches the footnote, with its continuation line, to the section that calls it', () => {
      const part = brief.sections[0].children[0];
      assert.equal(part.footnotes.length, 1);
      assert.equal(part.footnotes[0].text, 'See Fed. R. Civ. P. 72(a). Continued here.');
      assert.deepEqual(brief.sections[1].paragraphs.map((p) => p.text), ['Grant the motion.'], 'the footnote is not a paragraph of the conclusion');
    });

    it('reports invalid front matter instead of failing', () => {
      const broken = parseBrief('x.md', lines('---', 'kind: [unclosed', '---', '# Motion'));
      assert.equal(broken.frontMatter?.problems.length, 1);
      assert.match(broken.frontMatter!.problems[0].message, /not valid YAML/);
      const unknownKind = parseBrief('x.md', lines('---', 'kind: memo', '---'));
      assert.match(unknownKind.frontMatter!.problems[0].message, /unknown kind "memo"/);
      assert.equal(unknownKind.kind, 'unknown');
    });
  });

  describe('plain text', () => {
    it('ranks ALL-CAPS over Roman over letters over numbers', () => {
      const brief = parseBrief('brief.txt', lines(
        'PLAINTIFFS\' OPPOSITION TO DEFENDANT\'S MOTION TO COMPEL', '',
        'I. INTRODUCTION', '', 'Text.', '',
        'II. ARGUMENT', '', 'A. The Order Is Correct', '', '1. Good cause', '', 'Text.', '',
        'B. No Prejudice', '', 'Text.', '',
        'CONCLUSION', '', 'Deny the motion.',
      ));
      assert.equal(brief.kind, 'opposition');
      assert.deepEqual(outline(brief), [
        'I. INTRODUCTION',
        'II. ARGUMENT [argument]',
        '  A. The Order Is Correct [argument]',
        '    1. Good cause [argument]',
        '  B. No Prejudice [argument]',
        'CONCLUSION',
      ]);
    });

    it('sees through a table of contents, running footers, page numbers and hyphenation', () => {
      const brief = parseBrief('brief.txt', lines(
        'DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', '',
        'TABLE OF CONTENTS', '',
        'INTRODUCTION ........................ 1',
        'ARGUMENT ............................ 2', '',
        'i', 'DEF.\'S MOT. FOR RELIEF — 16cv1283', '',
        'INTRODUCTION', '',
        'The parties disagree about the protec-', 'tive order.', '',
        '- 1 -', 'DEF.\'S MOT. FOR RELIEF — 16cv1283', '',
        'ARGUMENT', '',
        'The Order should be set aside because the parties', '- 2 -', 'DEF.\'S MOT. FOR RELIEF — 16cv1283', 'could not agree.',
      ));
      assert.equal(brief.kind, 'objection');
      assert.deepEqual(outline(brief), ['TABLE OF CONTENTS', 'INTRODUCTION', 'ARGUMENT [argument]']);
      assert.deepEqual(brief.sections[1].paragraphs.map((p) => p.text), ['The parties disagree about the protective order.']);
      assert.deepEqual(brief.sections[2].paragraphs.map((p) => p.text), ['The Order should be set aside because the parties could not agree.'],
        'a page break inside a paragraph does not split it');
    });

    it('reads a stacked one-column caption and the kind from each kind of title', () => {
      const titles: [string, string][] = [
        ['REPLY IN SUPPORT OF DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', 'reply'],
        ['PLAINTIFFS\' OPPOSITION TO DEFENDANT\'S MOTION TO COMPEL', 'opposition'],
        ['DEFENDANT\'S OBJECTION TO MAGISTRATE JUDGE\'S ORDER', 'objection'],
        ['MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', 'objection'],
        ['DEFENDANT\'S MOTION FOR SUMMARY JUDGMENT', 'motion'],
        ['ORDER GRANTING MOTION TO DISMISS', 'unknown'],
      ];
      for (const [title, kind] of titles) {
        const brief = parseBrief('brief.txt', lines('UNITED STATES DISTRICT COURT', 'SOUTHERN DISTRICT OF CALIFORNIA', '', 'JUAN ROMERO,', 'Plaintiff,', 'v.', 'SECURUS TECHNOLOGIES, INC.,', 'Defendant.', '', 'Case No. 3:16-cv-01283-JM-MDD', '', title, '', 'ARGUMENT', '', 'Text.'));
        assert.equal(brief.kind, kind, title);
        assert.equal(brief.title?.text, title);
        assert.equal(brief.caption.caseNumber, '16cv1283');
        assert.deepEqual(outline(brief), ['ARGUMENT [argument]'], `${title}: the caption holds no sections`);
      }
    });

    it('uses the configured argument headings', () => {
      const source = lines('DEFENDANT\'S MOTION TO COMPEL', '', 'POINTS AND AUTHORITIES', '', 'Text.', '', 'ARGUMENT', '', 'Text.');
      const brief = parseBrief('brief.txt', source, { argumentHeadings: ['POINTS AND AUTHORITIES'] });
      assert.deepEqual(outline(brief), ['POINTS AND AUTHORITIES [argument]', 'ARGUMENT']);
    });

    it('analyses an empty text and text with no structure', () => {
      for (const source of ['', '\n\n', 'just words', '\u0000\u0001binary', '#', '---\n']) {
        const brief = parseBrief('x.txt', source);
        assert.equal(brief.kind, 'unknown');
        assert.deepEqual(brief.sections, []);
      }
    });
  });

  it('finds every section through allSections in document order', () => {
    const brief = parseBrief('b.md', lines('# MOTION TO COMPEL', '## A', '### B', '## C'));
    assert.deepEqual(allSections(brief.sections).map((s) => s.heading.text), ['A', 'B', 'C']);
  });
});

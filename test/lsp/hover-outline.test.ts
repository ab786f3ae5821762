import * as assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseBrief } from '../../server/src/engine/parse';
import { allSections } from '../../server/src/engine/sections';
import type { Section } from '../../server/src/engine/brief';
import { copyExamples, LspClient, removeWorkspaces, REPLY, stopAllServers, WELL_DRAFTED, type ExampleWorkspace } from './client';
import { enginePath } from './expected';

/** The position of the first occurrence of `needle` (plus `into` code units), in UTF-16 as LSP counts. */
function positionOf(text: string, needle: string, into = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset !== -1, `"${needle}" is not in the text`);
  return TextDocument.create('file:///p', 'plaintext', 1, text).positionAt(offset + into);
}

function markdownOf(hover: Hover | null, what: string): string {
  assert.ok(hover, `a hover on ${what}`);
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown', `the hover on ${what} is markdown`);
  return contents.value;
}

function textIn(text: string, range: Range | undefined): string {
  assert.ok(range, 'the hover names the range it describes');
  return TextDocument.create('file:///r', 'plaintext', 1, text).getText(range);
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('LSP: hover, document symbols and folding ranges', () => {
  let examples: ExampleWorkspace;
  let client: LspClient;
  let wellDrafted: { uri: string; text: string };
  let reply: { uri: string; text: string };

  before(async () => {
    examples = copyExamples();
    client = await LspClient.start({ pull: true });
    wellDrafted = { uri: examples.uri(WELL_DRAFTED), text: examples.text(WELL_DRAFTED) };
    reply = { uri: examples.uri(REPLY), text: examples.text(REPLY) };
    client.open(wellDrafted.uri, wellDrafted.text);
    client.open(reply.uri, reply.text);
  });
  after(async () => {
    await stopAllServers();
    removeWorkspaces();
  });

  const hover = (uri: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });

  describe('hover', () => {
    it('on a case citation names its kind, case name, volume, reporter, page, pin and year, and that it is legal authority', async () => {
      const value = markdownOf(await hover(wellDrafted.uri, positionOf(wellDrafted.text, '508 U.S. 602, 623', 4)), 'Concrete Pipe');
      assert.match(value, /case/i, 'names the kind');
      assert.ok(value.includes('Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal.'), `names the case:\n${value}`);
      for (const [part, what] of [['volume', '508'], ['reporter', 'U\\.S\\.'], ['page', '602'], ['pin', '623'], ['year', '1993']]) {
        assert.match(value, new RegExp(`${part}[^\\n]*?${what}`, 'i'), `names the ${part} ${what}:\n${value}`);
      }
      assert.match(value, /legal authority/i);
      assert.doesNotMatch(value, /not legal authority/i, 'a case counts as authority');
    });

    it('on an unreported (WL) case names its court', async () => {
      const value = markdownOf(await hover(wellDrafted.uri, positionOf(wellDrafted.text, '2007 WL 4357672', 2)), 'Bare Escentuals');
      assert.match(value, /court[^\n]*S\.D\. Cal\./i, value);
      assert.match(value, /reporter[^\n]*WL/i, value);
    });

    it('on a statute after "§" (a UTF-16 position past a non-ASCII character) names its title, code and section, and covers the whole cite', async () => {
      const at = positionOf(wellDrafted.text, '§ 636(b)(1)(A)', 3);
      const result = await hover(wellDrafted.uri, at);
      const value = markdownOf(result, '28 U.S.C. § 636(b)(1)(A)');
      assert.match(value, /statute/i);
      for (const [part, what] of [['title', '28'], ['code', 'U\\.S\\.C\\.'], ['section', '636\\(b\\)\\(1\\)\\(A\\)']]) {
        assert.match(value, new RegExp(`${part}[^\\n]*?${what}`, 'i'), `names the ${part}:\n${value}`);
      }
      assert.equal(textIn(wellDrafted.text, result?.range), '28 U.S.C. § 636(b)(1)(A)');
    });

    it('on a record cite says it is a record citation and not legal authority', async () => {
      const value = markdownOf(await hover(reply.uri, positionOf(reply.text, 'Doc. No. 81', 4)), 'Doc. No. 81');
      assert.match(value, /record/i);
      assert.match(value, /not legal authority/i, value);
    });

    it('away from any citation there is no hover', async () => {
      assert.equal(await hover(reply.uri, positionOf(reply.text, 'opposition does not dispute', 3)), null);
      assert.equal(await hover(wellDrafted.uri, positionOf(wellDrafted.text, '## BACKGROUND', 5)), null);
    });
  });

  describe('document symbols and folding ranges', () => {
    const cases = [
      { name: 'the well-drafted Markdown motion', file: () => wellDrafted, outline: ['INTRODUCTION', 'BACKGROUND', 'LEGAL STANDARD', 'ARGUMENT', 'CONCLUSION'], argument: 2 },
      { name: 'the reply on pleading paper', file: () => reply, outline: ['INTRODUCTION', 'ARGUMENT', 'CONCLUSION'], argument: 2 },
    ];
    for (const { name, file: fileOf, outline, argument } of cases) {
      it(`the outline of ${name} is its sections, ARGUMENT holding its ${argument} parts, each range holding its children`, async () => {
        const file = fileOf();
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: file.uri } });
        assert.ok(symbols.every((symbol) => 'selectionRange' in symbol), 'hierarchical DocumentSymbol[], not SymbolInformation[]');
        assert.deepEqual(symbols.map((symbol) => symbol.name.replace(/^#+\s*/, '').toUpperCase()), outline);
        const args = symbols.find((symbol) => /ARGUMENT/.test(symbol.name));
        assert.equal(args?.children?.length, argument, 'ARGUMENT has its parts as children');
        assert.deepEqual(args?.children?.map((child) => child.name.slice(0, 2)), ['A.', 'B.']);
        const brief = parseBrief(enginePath(file.uri), file.text);
        const check = (symbol: DocumentSymbol, section: Section) => {
          assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange inside range`);
          assert.equal(symbol.range.start.line, brief.lines.positionAt(section.span.start).line, `${symbol.name}: starts at its heading`);
          assert.ok(symbol.kind >= 1 && symbol.kind <= 26, `${symbol.name}: a SymbolKind`);
          (symbol.children ?? []).forEach((child, i) => {
            assert.ok(within(child.range, symbol.range), `${child.name} inside ${symbol.name}`);
            check(child, section.children[i]!);
          });
        };
        symbols.forEach((symbol, i) => check(symbol, brief.sections[i]!));
      });

      it(`${name} folds once per section, from its heading line to no further than its last line`, async () => {
        const file = fileOf();
        const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: file.uri } });
        const brief = parseBrief(enginePath(file.uri), file.text);
        const sections = allSections(brief.sections);
        assert.equal(folds.length, sections.length, `one folding range per section: ${JSON.stringify(folds)}`);
        for (const section of sections) {
          const start = brief.lines.positionAt(section.span.start).line;
          const fold = folds.find((candidate) => candidate.startLine === start);
          assert.ok(fold, `a fold starting at "${section.heading.title}" (line ${start})`);
          const last = brief.lines.positionAt(section.span.end).line;
          assert.ok(fold.endLine > start && fold.endLine <= last, `"${section.heading.title}" folds lines ${start}-${fold.endLine}; its section ends on line ${last}`);
        }
      });
    }
  });
});

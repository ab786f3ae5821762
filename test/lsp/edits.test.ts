import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyExamples, LspClient, MOTION, quietPeriod, removeWorkspaces, REPLY, stopAllServers, type ExampleWorkspace } from './client';
import { assertDiagnosticsMatchFindings, engineFindings } from './expected';

/** What typing mostly adds: letters, words, spaces and line breaks. */
const TYPING = ['', 'x', ' ', 'the ', 'Securus ', '.', '\n', '\n\n'];
/** What it sometimes adds: headings, authority, record cites, new relief, front matter, non-ASCII and astral text. */
const PASTES = [
  'ARGUMENT\n\n', 'B. A New Heading\n\n', 'CONCLUSION\n\n',
  'See Celotex Corp. v. Catrett, 477 U.S. 317, 322 (1986). ', 'Fed. R. Civ. P. 72(a). ', '28 U.S.C. § 636(b)(1)(A). ', '(Doc. No. 59.) ',
  'In the alternative, Securus asks the Court to order Plaintiffs to pay its fees. ', 'clearly erroneous or contrary to law ',
  '\u2019', '\u201Cquoted\u201D ', '\u{1D43C}', '---\nkind: reply\n---\n',
];

interface Edit {
  /** Where, as a fraction of the current text's length. */
  at: number;
  /** How many UTF-16 code units to delete from there. */
  remove: number;
  insert: string;
}

/** Mostly in the body, sometimes in the caption; mostly typing, sometimes deleting a word or a line. */
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.oneof(
    { weight: 9, arbitrary: fc.double({ min: 0.3, max: 1, noNaN: true, maxExcluded: true }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 0.3, noNaN: true, maxExcluded: true }) },
  ),
  remove: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.nat({ max: 8 }) },
    { weight: 1, arbitrary: fc.nat({ max: 60 }) },
  ),
  insert: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...TYPING) }, { weight: 1, arbitrary: fc.constantFrom(...PASTES) }),
});
/** 50 to 70 didChange notifications, each with one to three content changes applied in order. */
const burst = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 50, maxLength: 70 });
const SEED = 20180105;
const BURSTS = fc.sample(burst, { seed: SEED, numRuns: 3 });

/** Never splits a surrogate pair: positions inside one are not positions a client would send. */
function boundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  return offset > 0 && offset < text.length && code >= 0xd800 && code <= 0xdbff ? offset + 1 : offset;
}

function toChange(document: TextDocument, e: Edit): TextDocumentContentChangeEvent {
  const text = document.getText();
  const start = boundary(text, Math.floor(e.at * (text.length + 1)));
  const end = boundary(text, Math.min(text.length, start + e.remove));
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: e.insert };
}

/** Sends the whole burst without waiting for anything, as fast typing does. Returns the number of didChange notifications. */
function typeBurst(client: LspClient, uri: string, changes: Edit[][]): number {
  for (const batch of changes) {
    let scratch = client.document(uri);
    const events: TextDocumentContentChangeEvent[] = [];
    for (const e of batch) {
      const event = toChange(scratch, e);
      events.push(event);
      scratch = applyOne(scratch, event);
    }
    client.change(uri, events);
  }
  return changes.length;
}

/** The document after one more change, leaving the given one as it was (TextDocument.update changes its argument). */
function applyOne(document: TextDocument, event: TextDocumentContentChangeEvent): TextDocument {
  const copy = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  return TextDocument.update(copy, [event], document.version + 1);
}

describe(`LSP: a burst of 50+ incremental edits at random places (fast-check seed ${SEED})`, () => {
  let examples: ExampleWorkspace;
  before(() => { examples = copyExamples(); });
  afterEach(stopAllServers);
  after(removeWorkspaces);

  BURSTS.forEach((changes, run) => {
    for (const debounceMs of [0, 200]) {
      it(`burst ${run + 1} (${changes.length} didChange), pushed with debounceMs ${debounceMs}: the last publish is for the final version and equals a fresh analysis; no stale version follows it`, async () => {
        const client = await LspClient.start({ initializationOptions: { debounceMs } });
        const motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
        const uri = examples.uri(REPLY);
        client.open(motion.uri, motion.text);
        client.open(uri, examples.text(REPLY));
        await client.waitForPublish(uri);
        const sent = typeBurst(client, uri, changes);
        const final = client.document(uri);
        await client.waitForPublish(uri, { version: final.version });
        // Anything still in flight would arrive within the debounce after a round trip.
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await quietPeriod(debounceMs + 300);
        const versions = client.publishedFor(uri).map((params) => params.version);
        const last = client.publishedFor(uri).at(-1)!;
        assert.equal(last.version, final.version, `a publish for version ${last.version} arrived after the final version ${final.version}'s (versions in order of arrival: ${versions.join(', ')})`);
        for (let i = 1; i < versions.length; i++) {
          assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `a stale version was published over a newer one: ${versions.join(', ')}`);
        }
        if (debounceMs > 0) assert.ok(versions.length - 1 < sent, `the debounce should merge a burst's pushes: ${versions.length - 1} pushes for ${sent} changes`);
        const text = final.getText();
        assertDiagnosticsMatchFindings(last.diagnostics, engineFindings([motion, { uri, text }], uri), text, `after burst ${run + 1}`);
      });
    }

    it(`burst ${run + 1} (${changes.length} didChange), pulled: the diagnostics pulled after it equal a fresh analysis of the final text`, async () => {
      const client = await LspClient.start({ pull: true });
      const motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
      const uri = examples.uri(REPLY);
      client.open(motion.uri, motion.text);
      client.open(uri, examples.text(REPLY));
      await client.pull(uri);
      typeBurst(client, uri, changes);
      const text = client.document(uri).getText();
      assertDiagnosticsMatchFindings(await client.pull(uri), engineFindings([motion, { uri, text }], uri), text, `after burst ${run + 1}`);
    });
  });
});

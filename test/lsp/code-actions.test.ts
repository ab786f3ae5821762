import * as assert from 'node:assert/strict';
import type { CodeAction, Command, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { snippetText, RULE_72A_SNIPPET } from '../../server/src/standards-of-review';
import { FRONT_MATTER_ID, type Finding } from '../../server/src/lint';
import { applyEdits } from '../rules/rule-tester';
import { copyExamples, LspClient, MOTION, removeWorkspaces, REPLY, stopAllServers, type ExampleWorkspace } from './client';
import { applyLspEdits, assertDiagnosticsMatchFindings, engineFindings, versionedEditsOf, type OpenText } from './expected';

/** A small Markdown objection (front matter and all) with a missing standard of review and an argument citing only the record. */
const MARKDOWN_OBJECTION = `---
kind: objection
case: 16cv1283
---

# DEFENDANT'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE

## ARGUMENT

The Order should be modified because Securus asked for a protective order. (Doc. No. 66 at 4.)

## CONCLUSION

Securus asks the Court to modify the Order.
`;

/** What one edit did to a text: the common prefix and suffix set aside, what was removed and what was inserted. */
function difference(before: string, after: string): { at: number; removed: string; inserted: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { at: prefix, removed: before.slice(prefix, before.length - suffix), inserted: after.slice(prefix, after.length - suffix) };
}

function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return !('command' in item && typeof item.command === 'string');
}

describe('LSP: code actions', () => {
  let examples: ExampleWorkspace;
  let client: LspClient;
  let motion: OpenText;
  let reply: OpenText;

  before(() => { examples = copyExamples(); });
  beforeEach(async () => {
    client = await LspClient.start({ pull: true });
    motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
    reply = { uri: examples.uri(REPLY), text: examples.text(REPLY) };
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
  });
  afterEach(stopAllServers);
  after(removeWorkspaces);

  async function actionsFor(uri: string, diagnostics: Diagnostic[], range = diagnostics[0]?.range): Promise<CodeAction[]> {
    const result = await client.request<(CodeAction | Command)[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, triggerKind: 1 },
    });
    const items = result ?? [];
    assert.ok(items.every(isCodeAction), `expected CodeAction literals (the client declared codeActionLiteralSupport), got ${JSON.stringify(items)}`);
    return items as CodeAction[];
  }

  /** The one diagnostic of this rule (or the first of several), as the server sent it. */
  async function diagnosticOf(uri: string, ruleId: string, index = 0): Promise<Diagnostic> {
    const diagnostic = (await client.pull(uri)).filter((d) => d.code === ruleId)[index];
    assert.ok(diagnostic, `the server reports ${ruleId} #${index + 1} in ${uri}`);
    return diagnostic;
  }

  function findingOf(findings: readonly Finding[], diagnostic: Diagnostic): Finding {
    const finding = findings.find((f) => f.ruleId === diagnostic.code && f.range.start.line === diagnostic.range.start.line && f.range.start.character === diagnostic.range.start.character);
    assert.ok(finding, `the engine has the finding for ${String(diagnostic.code)} at ${JSON.stringify(diagnostic.range.start)}`);
    return finding;
  }

  /** Applies a quick-fix as an editor does: checks it is for the current version, applies its edits and tells the server. */
  function applyAction(uri: string, action: CodeAction): string {
    const document = client.document(uri);
    const { version, edits } = versionedEditsOf(action.edit, uri, action.title);
    assert.equal(version, document.version, `"${action.title}" must name the current version ${document.version}`);
    const after = applyLspEdits(document.getText(), edits);
    // Sent as incremental changes from the last edit to the first, so each range is still valid when applied.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    client.change(uri, ordered.map((edit: TextEdit) => ({ range: edit.range, text: edit.newText })));
    assert.equal(client.document(uri).getText(), after, 'the edits sent to the server give the same text');
    return after;
  }

  it('every quick-fix the server offers for the Romero examples gives exactly the text of the engine\'s fix or suggestion', async () => {
    for (const file of [motion, reply]) {
      const findings = engineFindings([motion, reply], file.uri);
      const diagnostics = await client.pull(file.uri);
      assert.equal(diagnostics.length, findings.length);
      for (const diagnostic of diagnostics) {
        const finding = findingOf(findings, diagnostic);
        const actions = await actionsFor(file.uri, [diagnostic]);
        const repairs = [...finding.fixes, ...finding.suggestions];
        assert.ok(repairs.length > 0, `the engine offers a repair for ${finding.ruleId}`);
        for (const repair of repairs) {
          const action = actions.find((candidate) => candidate.title === repair.title);
          assert.ok(action, `no code action "${repair.title}" for ${finding.ruleId}; got ${actions.map((a) => a.title).join(' | ')}`);
          assert.equal(action.kind, 'quickfix', `${repair.title}: kind`);
          assert.deepEqual(action.diagnostics, [diagnostic], `${repair.title}: the action names the diagnostic it repairs`);
          const { version, edits } = versionedEditsOf(action.edit, file.uri, repair.title);
          assert.equal(version, 1, `${repair.title}: the edit is for version 1`);
          assert.equal(applyLspEdits(file.text, edits), applyEdits(file.text, repair.edits), `${repair.title}: applied to the text, the action gives the engine's output`);
        }
      }
    }
  });

  it('missing-standard-of-review: the preferred quick-fix inserts a LEGAL STANDARD section with the Rule 72(a) standard, and nothing else changes', async () => {
    const diagnostic = await diagnosticOf(motion.uri, 'missing-standard-of-review');
    const actions = await actionsFor(motion.uri, [diagnostic]);
    const fix = actions.find((action) => /Rule 72\(a\)/.test(action.title));
    assert.ok(fix, `a Rule 72(a) quick-fix; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'the one obvious repair is preferred');
    const after = applyAction(motion.uri, fix);
    const { removed, inserted } = difference(motion.text, after);
    assert.equal(removed, '', 'the fix only inserts');
    assert.ok(inserted.includes(snippetText(RULE_72A_SNIPPET)), `the inserted text is the Rule 72(a) snippet's text; inserted:\n${inserted}`);
    assert.match(inserted, /LEGAL STANDARD/);
    assert.match(inserted, /clearly erroneous or is contrary to law/);
    assert.match(inserted, /Fed\. R\. Civ\. P\. 72\(a\); see 28 U\.S\.C\. § 636\(b\)\(1\)\(A\)/);
    const fixed = await client.pull(motion.uri);
    assert.ok(!fixed.some((d) => d.code === 'missing-standard-of-review'), 'after the fix the server no longer reports missing-standard-of-review');
    assertDiagnosticsMatchFindings(fixed, engineFindings([{ uri: motion.uri, text: after }], motion.uri), after, 'the fixed motion');
  });

  it('argument-without-authority: each section\'s preferred quick-fix inserts " [citation needed]" and nothing else', async () => {
    for (const [file, count] of [[motion, 1], [reply, 2]] as const) {
      for (let index = 0; index < count; index++) {
        client.replaceText(file.uri, file.text);
        const diagnostic = await diagnosticOf(file.uri, 'argument-without-authority', index);
        const fix = (await actionsFor(file.uri, [diagnostic])).find((action) => /citation needed/.test(action.title));
        assert.ok(fix, 'a [citation needed] quick-fix');
        assert.equal(fix.isPreferred, true, 'the one obvious repair is preferred');
        const after = applyAction(file.uri, fix);
        const { removed, inserted } = difference(file.text, after);
        assert.equal(removed, '');
        assert.equal(inserted, ' [citation needed]');
        const finding = findingOf(engineFindings([motion, reply], file.uri), diagnostic);
        assert.equal(after, applyEdits(file.text, finding.fixes[0]!.edits));
      }
    }
  });

  it('reply-new-relief: the suggestion removes the sentence asking for relief the motion never requested, and is not preferred', async () => {
    const diagnostic = await diagnosticOf(reply.uri, 'reply-new-relief');
    const actions = await actionsFor(reply.uri, [diagnostic]);
    const remove = actions.find((action) => /Remove/.test(action.title));
    assert.ok(remove, `a removal suggestion; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.notEqual(remove.isPreferred, true, 'a suggestion changes the attorney\'s words: it must not be applied as the preferred fix');
    const after = applyAction(reply.uri, remove);
    // Read as the court reads it: margin line numbers dropped, line breaks and spaces folded.
    const words = (text: string) => text.replace(/^\d+\t/gm, '').replace(/\s+/g, ' ').trim();
    const sentence = 'In the alternative, Securus asks the Court to modify the Magistrate Judge\'s Order to enter the version proposed by Plaintiffs.';
    assert.ok(words(reply.text).includes(sentence));
    assert.equal(words(after), words(reply.text).replace(` ${sentence}`, ''), 'the sentence is gone and every other word stays');
    const relinted = await client.pull(reply.uri);
    assert.ok(!relinted.some((d) => d.code === 'reply-new-relief'), 'after the removal the server no longer reports reply-new-relief');
  });

  describe('"Disable <rule> for this file"', () => {
    const cases: { name: string; file: () => OpenText; rule: string }[] = [
      { name: 'the motion on pleading paper', file: () => motion, rule: 'missing-standard-of-review' },
      { name: 'the motion on pleading paper', file: () => motion, rule: 'argument-without-authority' },
      { name: 'the reply on pleading paper', file: () => reply, rule: 'reply-new-relief' },
      { name: 'a Markdown objection with front matter', file: () => ({ uri: examples.uri('objection.md'), text: MARKDOWN_OBJECTION }), rule: 'missing-standard-of-review' },
      { name: 'a Markdown objection without front matter', file: () => ({ uri: examples.uri('bare-objection.md'), text: MARKDOWN_OBJECTION.replace(/^---[\s\S]*?---\n\n/, '') }), rule: 'argument-without-authority' },
    ];
    for (const { name, file: fileOf, rule } of cases) {
      it(`in ${name}, disabling ${rule} adds it to the front matter or a brieflint-disable comment, and re-linting drops only that rule`, async () => {
        const file = fileOf();
        if (!client.documents.has(file.uri)) client.open(file.uri, file.text);
        const workspace = (text: string) => [...[motion, reply].filter((other) => other.uri !== file.uri), { uri: file.uri, text }];
        const before = engineFindings(workspace(file.text), file.uri);
        const diagnostic = await diagnosticOf(file.uri, rule);
        const disable = (await actionsFor(file.uri, [diagnostic])).find((action) => action.title === `Disable ${rule} for this file`);
        assert.ok(disable, `an action titled "Disable ${rule} for this file"`);
        assert.equal(disable.kind, 'quickfix');
        assert.notEqual(disable.isPreferred, true, 'turning a rule off is never the preferred repair');
        const after = applyAction(file.uri, disable);
        const { removed, inserted } = difference(file.text, after);
        assert.equal(removed, '', 'disabling only adds');
        assert.ok(inserted.includes(`<!-- brieflint-disable ${rule} -->`) || new RegExp(`disable:[^\\n]*${rule}`).test(after), `the disable comment or front matter entry; inserted: ${JSON.stringify(inserted)}`);
        const afterFindings = engineFindings(workspace(after), file.uri);
        assert.deepEqual(afterFindings.filter((f) => f.ruleId === FRONT_MATTER_ID).map((f) => f.message), [], 'the engine accepts the disable');
        assert.deepEqual(afterFindings.map((f) => f.ruleId), before.filter((f) => f.ruleId !== rule).map((f) => f.ruleId), `only ${rule} is dropped`);
        assertDiagnosticsMatchFindings(await client.pull(file.uri), afterFindings, after, `${name} after disabling ${rule}`);
      });
    }
  });

  it('the quick-fixes of a CRLF copy of the motion give the engine\'s output, and the disable comment keeps CRLF', async () => {
    const crlf = { uri: examples.uri('crlf-motion.txt'), text: motion.text.replace(/\n/g, '\r\n') };
    client.open(crlf.uri, crlf.text);
    const findings = engineFindings([crlf], crlf.uri);
    for (const diagnostic of await client.pull(crlf.uri)) {
      const finding = findingOf(findings, diagnostic);
      const actions = await actionsFor(crlf.uri, [diagnostic]);
      for (const repair of [...finding.fixes, ...finding.suggestions]) {
        const action = actions.find((candidate) => candidate.title === repair.title);
        assert.ok(action, repair.title);
        assert.equal(applyLspEdits(crlf.text, versionedEditsOf(action.edit, crlf.uri, repair.title).edits), applyEdits(crlf.text, repair.edits), repair.title);
      }
      const disable = actions.find((action) => action.title.startsWith('Disable'));
      assert.ok(disable);
      const after = applyLspEdits(crlf.text, versionedEditsOf(disable.edit, crlf.uri, disable.title).edits);
      assert.ok(!/[^\r]\n/.test(after), 'no bare \\n in a CRLF document');
    }
  });

  it('a diagnostic from an older version gets no edit for the stale text', async () => {
    const old = await diagnosticOf(reply.uri, 'reply-new-relief');
    // The attorney types a sentence above the finding: every offset below it moves.
    client.change(reply.uri, [{ range: { start: { line: 22, character: 0 }, end: { line: 22, character: 0 } }, text: 'Plaintiffs ignore the joint motion.\n' }]);
    const current = client.document(reply.uri);
    const moved = engineFindings([motion, { uri: reply.uri, text: current.getText() }], reply.uri).find((f) => f.ruleId === 'reply-new-relief');
    assert.notDeepEqual(moved?.range, old.range, 'the finding moved: the old diagnostic\'s range and data are stale');
    const actions = await actionsFor(reply.uri, [old]);
    const expectedOutputs = new Set(engineFindings([motion, { uri: reply.uri, text: current.getText() }], reply.uri)
      .flatMap((f) => [...f.fixes, ...f.suggestions]).map((fix) => applyEdits(current.getText(), fix.edits)));
    for (const action of actions.filter((a) => a.edit !== undefined)) {
      const { version, edits } = versionedEditsOf(action.edit, reply.uri, action.title);
      assert.equal(version, current.version, `"${action.title}" carries an edit labelled version ${version} for a document now at version ${current.version}`);
      const output = applyLspEdits(current.getText(), edits);
      assert.ok(expectedOutputs.has(output) || action.title.startsWith('Disable'), `"${action.title}" was computed for the old text: applied to the current text it gives something the engine would not`);
    }
  });

  it('diagnostics sent back with byte columns (as Neovim 0.7 does on lines with curly quotes and §) still get their quick-fixes, found through data', async () => {
    const curly = { uri: examples.uri('curly-reply.txt'), text: reply.text.replace(/'/g, '\u2019').replace('differences. In the', 'differences (§ 2). In the') };
    client.open(curly.uri, curly.text);
    const lines = curly.text.split('\n');
    const byteColumn = (line: number, character: number) => Buffer.byteLength(lines[line]!.slice(0, character), 'utf8');
    const diagnostic = await diagnosticOf(curly.uri, 'reply-new-relief');
    const { start, end } = diagnostic.range;
    const asNeovimSends: Diagnostic = {
      ...diagnostic,
      range: { start: { line: start.line, character: byteColumn(start.line, start.character) }, end: { line: end.line, character: byteColumn(end.line, end.character) } },
    };
    assert.notDeepEqual(asNeovimSends.range, diagnostic.range, 'the test needs a range whose byte columns differ from its UTF-16 columns');
    const actions = await actionsFor(curly.uri, [asNeovimSends]);
    const finding = findingOf(engineFindings([motion, reply, curly], curly.uri), diagnostic);
    const remove = actions.find((action) => action.title === finding.suggestions[0]?.title);
    assert.ok(remove, `the removal suggestion, found through data; got ${actions.map((a) => a.title).join(' | ') || 'no actions'}`);
    assert.equal(applyLspEdits(curly.text, versionedEditsOf(remove.edit, curly.uri, remove.title).edits), applyEdits(curly.text, finding.suggestions[0]!.edits), 'the edit is in UTF-16 columns, computed from the finding');
  });

  it('a diagnostic that is not brieflint\'s (another tool, no data) gets no brieflint action and no error', async () => {
    const foreign: Diagnostic = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } }, message: 'Spelling', source: 'cspell', code: 'unknown-word' };
    const tampered: Diagnostic = { ...(await diagnosticOf(reply.uri, 'reply-new-relief')), data: { garbage: true } };
    assert.deepEqual(await actionsFor(reply.uri, [foreign]), []);
    assert.deepEqual((await actionsFor(reply.uri, [tampered])).filter((action) => action.edit && !action.title.startsWith('Disable')), [], 'no repair for data that identifies no finding');
  });

  it('a push client repairs from the diagnostics it was pushed', async () => {
    const push = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    push.open(motion.uri, motion.text);
    const { diagnostics } = await push.waitForPublish(motion.uri);
    const diagnostic = diagnostics.find((d) => d.code === 'missing-standard-of-review');
    assert.ok(diagnostic, 'missing-standard-of-review is pushed');
    const actions = await push.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: motion.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, 'a preferred fix');
    const { version, edits } = versionedEditsOf(fix.edit, motion.uri, fix.title);
    assert.equal(version, 1);
    assert.ok(applyLspEdits(motion.text, edits).includes(snippetText(RULE_72A_SNIPPET)));
  });
});

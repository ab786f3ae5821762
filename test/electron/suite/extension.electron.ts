import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Runs inside VS Code with examples/romero-v-securus as the workspace (see ../run.ts). Waits are on events and
// conditions with a deadline, never fixed sleeps.

const EXTENSION_ID = 'brieflint.brieflint';
const DEADLINE_MS = 30_000;
const RULE_72A_WORDS = 'clearly erroneous or is contrary to law';

describe('brieflint in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    // activate() resolves once the language server has answered initialize, so its providers are registered.
    await extension.activate();
  });

  afterEach(async () => {
    // Nothing a test changed may reach the disk or the next test.
    for (let open = 0; open < 20 && vscode.window.activeTextEditor; open++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('flags the reply: new relief, and arguments that cite only the record', async () => {
    const uri = exampleUri('defendant-reply.txt');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => hasCodes(found, ['reply-new-relief', 'argument-without-authority']));
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'brieflint');
      assert.ok(ruleDocOf(diagnostic)?.endsWith(`/docs/rules/${codeOf(diagnostic)}.md`), `no doc link on ${codeOf(diagnostic)}`);
    }
    assert.equal(diagnostics.find((d) => codeOf(d) === 'reply-new-relief')?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('flags the motion for relief from the magistrate judge\'s order: no standard of review, as an error', async () => {
    const uri = exampleUri('defendant-motion.txt');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => hasCodes(found, ['missing-standard-of-review']));
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-standard-of-review');
    assert.equal(missing?.source, 'brieflint');
    assert.equal(missing?.severity, vscode.DiagnosticSeverity.Error);
  });

  it('quick-fixes the missing standard of review by inserting the Rule 72(a) standard, changing nothing else', async () => {
    const uri = exampleUri('defendant-motion.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => hasCodes(found, ['missing-standard-of-review']));
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-standard-of-review');
    assert.ok(missing);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    // The command's results carry no `diagnostics`; the title says which fix this is ("Insert a LEGAL STANDARD
    // section with the Rule 72(a) standard of review", or "Add …" when the brief has such a section).
    const fix = actions.find((action): action is vscode.CodeAction =>
      action instanceof vscode.CodeAction && action.edit !== undefined && /Rule 72\(a\) standard of review/.test(action.title));
    assert.ok(fix?.edit, `no quick-fix among: ${actions.map((action) => action.title).join('; ')}`);

    const before = editor.document.getText();
    assert.ok(!before.includes(RULE_72A_WORDS));
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor refused the quick-fix edit');
    const after = editor.document.getText();
    const inserted = insertionBetween(before, after);
    assert.ok(inserted !== undefined, 'the quick-fix changed the document other than by inserting text');
    assert.ok(inserted.includes(RULE_72A_WORDS), `the inserted text lacks "${RULE_72A_WORDS}": ${inserted}`);
  });

  it('checks only the languages in brieflint.languages, restarting when the setting changes', async () => {
    const motion = exampleUri('defendant-motion.txt');
    await vscode.window.showTextDocument(motion);
    await waitForDiagnostics(motion, (found) => hasCodes(found, ['missing-standard-of-review']));
    const settings = vscode.workspace.getConfiguration('brieflint');
    // User settings, so that nothing is written into the examples folder.
    await settings.update('languages', ['brief'], vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(motion, (found) => found.length === 0);
      const asBrief = await vscode.workspace.openTextDocument({ language: 'brief', content: (await vscode.workspace.openTextDocument(motion)).getText() });
      await vscode.window.showTextDocument(asBrief);
      await waitForDiagnostics(asBrief.uri, (found) => hasCodes(found, ['missing-standard-of-review']));
    } finally {
      await settings.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(motion, (found) => hasCodes(found, ['missing-standard-of-review']));
  });

  it('describes a case citation on hover, reporter included', async () => {
    const uri = exampleUri('well-drafted', 'motion-for-relief.md');
    const editor = await vscode.window.showTextDocument(uri);
    const offset = editor.document.getText().indexOf('508 U.S. 602');
    assert.ok(offset >= 0, 'the Concrete Pipe citation is not in the well-drafted motion');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(offset + 4));
    const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
    assert.match(text, /Case citation/);
    assert.match(text, /\| Reporter \| U\.S\. \|/);
  });

  it('opens a rule\'s doc, as the links in the settings\' descriptions do', async () => {
    await vscode.commands.executeCommand('brieflint.openRuleDoc', 'reply-new-relief');
    const label = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    await waitFor(() => label().includes('reply-new-relief.md'), () => `the active tab is "${label()}"`);
  });

  it('inserts the Rule 72(a) standard of review by name, without the quick pick', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'brief', content: 'LEGAL STANDARD\n\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(document.getText().length), document.positionAt(document.getText().length));
    const inserted = await vscode.commands.executeCommand<boolean>('brieflint.insertStandardOfReview', 'sor-72a');
    assert.equal(inserted, true);
    const text = document.getText();
    assert.ok(text.startsWith('LEGAL STANDARD\n\n'));
    assert.ok(text.includes(RULE_72A_WORDS));
    assert.ok(text.includes('Fed. R. Civ. P. 72(a)'));
    // The snippet's tab stop became its placeholder text, not a literal "${1:".
    assert.ok(!text.includes('${1:'));
  });

  it('inserts nothing for a standard of review it does not know', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'brief', content: '' });
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand<boolean>('brieflint.insertStandardOfReview', 'no-such-standard'), false);
    assert.equal(document.getText(), '');
  });
});

function exampleUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need examples/romero-v-securus open as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

function ruleDocOf(diagnostic: vscode.Diagnostic): string | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.target.path : undefined;
}

function hasCodes(diagnostics: readonly vscode.Diagnostic[], codes: readonly string[]): boolean {
  return codes.every((code) => diagnostics.some((d) => d.source === 'brieflint' && codeOf(d) === code));
}

/** brieflint's diagnostics for `uri` once `ready` holds for them; fails, listing what there was, at the deadline. */
function waitForDiagnostics(uri: vscode.Uri, ready: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'brieflint');
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = current();
      if (!ready(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${DEADLINE_MS} ms waiting for diagnostics on ${uri.path}; have: ${current().map(codeOf).join(', ') || 'none'}`));
    }, DEADLINE_MS);
    const finish = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/** Resolves once `ready()` holds, checking every 50 ms; fails at the deadline, saying what it saw. */
async function waitFor(ready: () => boolean, saw: () => string): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${DEADLINE_MS} ms: ${saw()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text inserted into `before` to make `after`, if `after` is exactly `before` with one insertion. */
function insertionBetween(before: string, after: string): string | undefined {
  const length = after.length - before.length;
  if (length <= 0) return undefined;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  return after.slice(start + length) === before.slice(start) ? after.slice(start, start + length) : undefined;
}

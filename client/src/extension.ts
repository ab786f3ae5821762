import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BrieflintClient } from './language-client';
import { SECTION } from './settings';
import { findStandardOfReview, STANDARDS_OF_REVIEW, type StandardOfReview } from './standards';
import { BriefStatusItem, describeError } from './status';

/**
 * The thin client: it starts the language server, which does all the analysis, and adds what only the editor can
 * do (a status bar item, commands, snippet insertion).
 */
let brieflint: BrieflintClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('brieflint', { log: true });
  const client = new BrieflintClient(context, output);
  const status = new BriefStatusItem(() => client.current, output);
  brieflint = client;
  context.subscriptions.push(output, status, client.onDidChangeState(() => status.refresh()));

  // Commands and event handlers never throw into VS Code: a failure is logged and, when the user acted, shown.
  const guarded = <A extends unknown[], R>(what: string, handler: (...args: A) => R | Promise<R>) => async (...args: A): Promise<R | undefined> => {
    try {
      return await handler(...args);
    } catch (error) {
      report(output, what, error);
      return undefined;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('brieflint.insertStandardOfReview', guarded('insert a standard of review', insertStandardOfReview)),
    vscode.commands.registerCommand('brieflint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('brieflint.restartServer', guarded('restart the server', async () => {
      await client.restart();
      void vscode.window.showInformationMessage('brieflint: the language server has restarted.');
    })),
    vscode.commands.registerCommand('brieflint.openRuleDoc', guarded('open the rule documentation', (ruleId: unknown) => openRuleDoc(context, ruleId))),
    vscode.workspace.onDidChangeConfiguration(guarded('apply the changed settings', async (event: vscode.ConfigurationChangeEvent) => {
      if (!event.affectsConfiguration(`${SECTION}.languages`)) return;
      output.info('brieflint.languages changed: restarting the language client with the new languages.');
      await client.replace();
    })),
  );

  try {
    await client.start();
  } catch (error) {
    // vscode-languageclient has already shown the failure; the extension stays active, so Restart Server can retry.
    output.error(`brieflint could not start the language server: ${describeError(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await brieflint?.dispose();
  brieflint = undefined;
}

/**
 * Inserts a standard-of-review snippet at the active editor's selections. `name` (a snippet's name, label or prefix,
 * such as "sor-72a") skips the quick pick, for keybindings and tests. Resolves to whether anything was inserted.
 */
async function insertStandardOfReview(name?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('brieflint: open a brief in an editor to insert a standard of review.');
    return false;
  }
  const standard = typeof name === 'string' ? findStandardOfReview(name) : await pickStandardOfReview();
  if (typeof name === 'string' && !standard) {
    void vscode.window.showWarningMessage(`brieflint: there is no standard of review named "${name}".`);
    return false;
  }
  return standard ? editor.insertSnippet(new vscode.SnippetString(standard.body)) : false;
}

async function pickStandardOfReview(): Promise<StandardOfReview | undefined> {
  const items = STANDARDS_OF_REVIEW.map((standard) => ({ label: standard.label, detail: standard.description, standard }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert Standard of Review', placeHolder: 'The standard that governs the ruling you ask for', matchOnDetail: true });
  return picked?.standard;
}

/** Opens a rule's doc, shipped in docs/rules/, rendered; the settings' descriptions link here. */
async function openRuleDoc(context: vscode.ExtensionContext, ruleId: unknown): Promise<void> {
  const file = typeof ruleId === 'string' && /^[a-z]+(?:-[a-z]+)*$/.test(ruleId) ? context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`)) : undefined;
  if (!file || !fs.existsSync(file)) {
    void vscode.window.showWarningMessage(`brieflint: there is no rule ${JSON.stringify(ruleId)}.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(file));
}

function report(output: vscode.LogOutputChannel, what: string, error: unknown): void {
  output.error(`brieflint could not ${what}: ${error instanceof Error ? error.stack ?? error.message : describeError(error)}`);
  void vscode.window.showErrorMessage(`brieflint could not ${what}: ${describeError(error)}`, 'Show Output').then((choice) => {
    if (choice) output.show(true);
  });
}

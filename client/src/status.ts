import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BRIEF_STATUS_METHOD, type BriefStatus, type BriefStatusParams } from '../../server/src/protocol';
import { isLintedDocument } from './settings';
import { describeBriefStatus } from './status-text';

/** Diagnostics arrive in bursts while the attorney types; one status request per pause is enough. */
const REFRESH_DELAY_MS = 150;

/**
 * The status bar item that says what brieflint takes the active brief to be (motion, reply, …) and, for a reply,
 * which motion it is compared with: the two things that decide which rules run and what they find.
 */
export class BriefStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('brieflint.status', vscode.StatusBarAlignment.Left);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Answers can arrive out of order; only the latest request may write to the item. */
  private latestRequest = 0;

  constructor(private readonly currentClient: () => LanguageClient | undefined, private readonly output: vscode.LogOutputChannel) {
    this.item.name = 'brieflint';
    this.item.command = 'brieflint.showOutput';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // Changing a document's language reopens it under the new language id.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.refreshSoon();
      }),
    );
  }

  /** Asks the server again now. Safe to call from any event handler: failures are logged, never thrown. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.update().catch((error: unknown) => {
      this.item.hide();
      // A server that stops (or dies) drops the request it was answering; the next start refreshes the item.
      if (!this.currentClient()?.isRunning()) return;
      this.output.error(`brieflint: the status bar could not be updated: ${describeError(error)}`);
    });
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  private async update(): Promise<void> {
    const request = ++this.latestRequest;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.currentClient();
    if (!document || !isLintedDocument(document) || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const params: BriefStatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    const status = await client.sendRequest<BriefStatus | null>(BRIEF_STATUS_METHOD, params);
    if (request !== this.latestRequest) return;
    // null: the server has not seen the document yet (or declined it as too large); diagnostics will prompt a retry.
    if (!status) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = describeBriefStatus(status);
    this.item.text = text;
    this.item.tooltip = new vscode.MarkdownString(tooltip);
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((disposable) => disposable.dispose());
    this.item.dispose();
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import * as vscode from 'vscode';
import type { BrieflintSettings } from '../../server/src/protocol';

/** The configuration section, the client id (so vscode-languageclient reads `brieflint.trace.server`) and the log's name. */
export const SECTION = 'brieflint';

const DEFAULT_LANGUAGES: readonly string[] = ['brief', 'markdown', 'plaintext'];
/** Saved files and new, unsaved ones; not git diffs, output panes or other virtual documents. */
export const SCHEMES: readonly string[] = ['file', 'untitled'];

/** The language ids brieflint checks (`brieflint.languages`); a malformed value falls back to the default. */
export function lintedLanguages(): string[] {
  const value: unknown = vscode.workspace.getConfiguration(SECTION).get('languages');
  return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : [...DEFAULT_LANGUAGES];
}

export function isLintedDocument(document: vscode.TextDocument): boolean {
  return SCHEMES.includes(document.uri.scheme) && lintedLanguages().includes(document.languageId);
}

export function documentSelector(): { scheme: string; language: string }[] {
  return lintedLanguages().flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));
}

/**
 * The `brieflint` section as plain data, for `initializationOptions`: editors' settings reach the server this way
 * even before it asks through workspace/configuration. A JSON round trip drops WorkspaceConfiguration's methods.
 */
export function settingsSnapshot(): BrieflintSettings {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION))) as BrieflintSettings;
}

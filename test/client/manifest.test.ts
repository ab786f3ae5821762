import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_ARGUMENT_HEADINGS } from '../../server/src/engine/brief';
import { DEFAULT_DEBOUNCE_MS, readSettings } from '../../server/src/lsp/settings';
import { RULES } from '../../server/src/rules';
import { SEVERITIES } from '../../server/src/rules/types';
import { repoPath } from '../repo';

// The extension manifest (package.json) repeats what the server and the client define in code: rule ids and
// defaults, setting names, command ids. These tests fail when the two drift apart.

interface Setting { type: string; default: unknown; enum?: string[]; markdownDescription?: string; description?: string; scope?: string }
interface Manifest {
  main: string;
  activationEvents: string[];
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: {
    languages: { id: string; configuration: string }[];
    grammars: { path: string }[];
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, Setting> };
    commands: { command: string; title: string; category: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
  };
}

const manifest = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')) as Manifest;
const settings = manifest.contributes.configuration.properties;

describe('the extension manifest', () => {
  it('has one severity setting per rule, defaulting to the rule\'s severity and linking its doc', () => {
    const ruleSettings = Object.keys(settings).filter((key) => key.startsWith('brieflint.rules.'));
    assert.deepEqual(ruleSettings, RULES.map((rule) => `brieflint.rules.${rule.id}`));
    for (const rule of RULES) {
      const setting = settings[`brieflint.rules.${rule.id}`];
      assert.equal(setting.default, rule.defaultSeverity, rule.id);
      // Mildest first, as the settings editor lists them.
      assert.deepEqual(setting.enum, ['off', ...[...SEVERITIES].reverse()], rule.id);
      assert.ok(setting.markdownDescription?.includes(rule.title), `${rule.id}: the description does not quote the rule's title`);
      assert.ok(setting.markdownDescription?.includes(`command:brieflint.openRuleDoc?${encodeURIComponent(JSON.stringify([rule.id]))}`), `${rule.id}: no link to its doc`);
    }
  });

  it('defaults the argument headings and the debounce to what the server uses', () => {
    assert.deepEqual(settings['brieflint.argumentHeadings'].default, DEFAULT_ARGUMENT_HEADINGS);
    assert.equal(settings['brieflint.debounceMs'].default, DEFAULT_DEBOUNCE_MS);
  });

  it('has only settings the server reads without a warning, as VS Code sends them', () => {
    const section: Record<string, unknown> = {};
    for (const [key, setting] of Object.entries(settings)) setPath(section, key.split('.').slice(1), setting.default);
    const { warnings } = readSettings(section);
    assert.deepEqual(warnings, []);
  });

  it('contributes every command the client registers, and no other', () => {
    const source = fs.readFileSync(repoPath('client/src/extension.ts'), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]).sort();
    assert.deepEqual(manifest.contributes.commands.map((command) => command.command).sort(), registered);
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Brieflint', command.command);
    for (const entry of manifest.contributes.menus.commandPalette) assert.ok(registered.includes(entry.command), entry.command);
  });

  it('activates on, and offers snippets in, each default language', () => {
    const languages = settings['brieflint.languages'].default as string[];
    assert.deepEqual(manifest.activationEvents, languages.map((id) => `onLanguage:${id}`));
    assert.deepEqual(manifest.contributes.snippets.map((snippet) => snippet.language), languages);
  });

  // Every brieflint setting changes what the attorney is shown (a rule's severity, the headings, the languages, the
  // timing, the log). In an untrusted folder VS Code ignores the folder's own value of each restricted setting; a new
  // setting must be added to the list, or this test fails.
  it('in an untrusted workspace, ignores the workspace\'s value of every brieflint setting', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    // VS Code honours restrictedConfigurations only for "limited" support.
    assert.equal(untrusted.supported, 'limited');
    assert.ok(untrusted.description && untrusted.description.length > 0, 'Restricted Mode shows a description');
    assert.deepEqual([...(untrusted.restrictedConfigurations ?? [])].sort(), Object.keys(settings).sort());
  });

  it('says what it does in a virtual workspace', () => {
    const virtual = manifest.capabilities.virtualWorkspaces;
    // Limited: the client checks only documents on disk and unsaved ones (client/src/settings.ts, SCHEMES).
    assert.ok(typeof virtual === 'object' && virtual.supported === 'limited' && virtual.description, 'limited, with a description');
    assert.match(virtual.description ?? '', /unsaved/);
  });

  it('names only files that exist', () => {
    const paths = [
      manifest.main,
      ...manifest.contributes.languages.map((language) => language.configuration),
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
    ];
    for (const file of new Set(paths)) assert.ok(fs.existsSync(repoPath(file)), `${file} does not exist`);
  });
});

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  const [head, ...rest] = keys;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = (target[head] ??= {}) as Record<string, unknown>;
  setPath(next, rest, value);
}

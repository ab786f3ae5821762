import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintWorkspace, type Finding, type LintResult } from '../../server/src/lint';
import { RULE_72A_SNIPPET, snippetText } from '../../server/src/standards-of-review';
import { applyEdits } from '../rules/rule-tester';
import { assertServerBuilt, SERVER } from '../lsp/client';
import { LSP_SEVERITY } from '../lsp/expected';
import { repoPath } from '../repo';

/**
 * Neovim 0.7 (Debian's `neovim` package) with its built-in LSP client, headless, against the bundled server:
 * the client that pushes nothing back but byte columns. test/editors/neovim-session.lua drives one session: it opens
 * the motion, the reply and a copy of the reply with curly quotes and `§` (as text from Word has them), waits for
 * each buffer's diagnostics, then asks for code actions as `vim.lsp.buf.code_action()` does and applies two of them
 * with `vim.lsp.util.apply_workspace_edit`, writing the buffers. It reports what it saw, one JSON object a line.
 */

const SESSION = repoPath('test', 'editors', 'neovim-session.lua');
const EXAMPLES = repoPath('examples', 'romero-v-securus');
const MOTION = 'defendant-motion.txt';
const REPLY = 'defendant-reply.txt';
/** The reply as Word writes it: curly apostrophes, and `§` on the line where the new relief starts. */
const CURLY_REPLY = 'curly-reply.txt';
const WAIT_MS = 20_000;
const SESSION_TIMEOUT_MS = 120_000;

interface NeovimDiagnostic {
  /** 0-based line; columns are byte offsets into the line's UTF-8, as vim.diagnostic keeps them. */
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
  has_data: boolean;
}

interface CodeActionsEvent {
  event: 'code-actions';
  file: string;
  rule: string;
  sent: { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; has_data: boolean }[];
  titles: string[];
  chosen: string | null;
  has_edit: boolean;
  preferred: boolean;
}

type SessionEvent =
  | { event: 'versions'; nvim: string; offset_encoding: string }
  | { event: 'diagnostics'; file: string; items: NeovimDiagnostic[] }
  | CodeActionsEvent
  | { event: 'saved'; file: string }
  | { event: 'message'; type: number; message: string }
  | { event: 'message-request'; type: number; message: string }
  | { event: 'error'; message: string }
  | { event: 'done' };

interface Session {
  events: SessionEvent[];
  exitCode: number | null;
  stderr: string;
}

/** Where Neovim is, or a failure that says how to get it: this test never skips. */
function assertNeovimInstalled(): string {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`Neovim is not installed (${result.error?.message ?? `nvim --version exited ${result.status}`}): install Debian's neovim package (apt-get install -y neovim) to run the Neovim editor test`);
  }
  const version = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(result.stdout);
  assert.ok(version, `cannot read the version from: ${result.stdout}`);
  assert.ok(Number(version[1]) > 0 || Number(version[2]) >= 7, `Neovim ${version[0]} is too old: the built-in LSP client of 0.7 or later is needed (Debian's neovim package)`);
  return version[0];
}

/** Columns as Neovim counts them: bytes of UTF-8 before the UTF-16 `character` on that line. */
function byteColumn(lines: readonly string[], line: number, character: number): number {
  return Buffer.byteLength((lines[line] ?? '').slice(0, character), 'utf8');
}

/** A finding as Neovim must show it: 0-based lines, byte columns, vim.diagnostic's severities (1 error to 4 hint, as LSP). */
function asNeovimShows(finding: Finding, text: string) {
  const lines = text.split('\n');
  const { start, end } = finding.range;
  return {
    code: finding.ruleId,
    message: finding.message,
    severity: LSP_SEVERITY[finding.severity],
    lnum: start.line,
    col: byteColumn(lines, start.line, start.character),
    end_lnum: end.line,
    end_col: byteColumn(lines, end.line, end.character),
  };
}

function byPosition(a: { lnum: number; col: number; code: string }, b: { lnum: number; col: number; code: string }): number {
  return a.lnum - b.lnum || a.col - b.col || a.code.localeCompare(b.code);
}

interface SessionPlan {
  /** The buffers to open, in order, and how many diagnostics each must end up with. */
  files: { name: string; expected: number }[];
  /** Quick-fixes to apply and write: the action whose title matches a Lua pattern, for a diagnostic of the rule. */
  fixes: { file: string; rule: string; title: string }[];
  /** The client's `settings` (what Neovim answers workspace/configuration from); none by default, as most users. */
  settings?: unknown;
}

/** Runs one headless Neovim session in `folder` (its state under folder/.session) and returns what it reported. */
function runSession(folder: string, plan: SessionPlan): Promise<Session> {
  const report = path.join(folder, '.session', 'report.jsonl');
  const init = path.join(folder, '.session', 'init.lua');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  const config = { cmd: ['node', SERVER, '--stdio'], folder, report, wait_ms: WAIT_MS, ...plan };
  fs.writeFileSync(init, [
    '-- Generated by test/editors/neovim.editor.ts for one headless session.',
    `vim.g.brieflint_session = vim.fn.json_decode(${luaString(JSON.stringify(config))})`,
    `dofile(${luaString(SESSION)})`,
    '',
  ].join('\n'));
  // The session's state, logs and LSP log stay in the temp folder, never in the user's home.
  const home = path.join(folder, '.session', 'home');
  fs.mkdirSync(home, { recursive: true });
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, NVIM_LOG_FILE: path.join(home, 'nvim.log') };
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-u', init], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.stdout.on('data', () => undefined);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Neovim session did not finish within ${SESSION_TIMEOUT_MS} ms; it reported:\n${readReport(report).map((e) => JSON.stringify(e)).join('\n')}\nstderr:\n${stderr}`));
    }, SESSION_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve({ events: readReport(report), exitCode, stderr });
    });
  });
}

function readReport(file: string): SessionEvent[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SessionEvent);
}

/** A Lua long string holding `text` exactly, whatever brackets it contains. */
function luaString(text: string): string {
  let level = '';
  while (text.includes(`]${level}]`)) level += '=';
  return `[${level}[${text}]${level}]`;
}

describe('Neovim 0.7 (Debian: neovim) with its built-in LSP client', function () {
  this.timeout(SESSION_TIMEOUT_MS + 30_000);

  let folder: string;
  let texts: Record<string, string>;
  let results: Map<string, LintResult>;
  let session: Session;

  const eventsOf = <K extends SessionEvent['event']>(kind: K) => session.events.filter((e): e is Extract<SessionEvent, { event: K }> => e.event === kind);
  const findingsOf = (name: string) => results.get(path.join(folder, name))!.findings;
  const shown = (name: string) => eventsOf('diagnostics').find((e) => e.file === name)?.items;
  const context = () => `session report:\n${session.events.map((e) => JSON.stringify(e)).join('\n')}\nnvim stderr:\n${session.stderr}`;

  before(async function () {
    assertServerBuilt();
    assertNeovimInstalled();
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-neovim-')));
    texts = {
      [MOTION]: fs.readFileSync(path.join(EXAMPLES, MOTION), 'utf8'),
      [REPLY]: fs.readFileSync(path.join(EXAMPLES, REPLY), 'utf8'),
    };
    texts[CURLY_REPLY] = texts[REPLY]!.replace(/'/g, '\u2019').replace('differences. In the alternative', 'differences (§ 2). In the alternative');
    for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(folder, name), text);
    // The server sees the open buffers and every brief in the workspace folder (the same files here): so does the engine.
    results = new Map(lintWorkspace(Object.entries(texts).map(([name, text]) => ({ path: path.join(folder, name), text }))).map((result) => [result.path, result]));
    const files = Object.keys(texts).map((name) => ({ name, expected: findingsOf(name).length }));
    session = await runSession(folder, {
      files,
      fixes: [
        { file: CURLY_REPLY, rule: 'reply-new-relief', title: '^Remove' },
        { file: MOTION, rule: 'missing-standard-of-review', title: 'Rule 72%(a%)' },
      ],
    });
  });

  after(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('runs the session to the end: no errors, no prompts, and a clean exit', () => {
    assert.deepEqual(eventsOf('error'), [], context());
    assert.deepEqual(eventsOf('message-request'), [], `the server sent window/showMessageRequest, which Neovim 0.7 answers with a blocking inputlist() prompt; ${context()}`);
    assert.ok(session.events.some((e) => e.event === 'done'), context());
    assert.equal(session.exitCode, 0, context());
    const versions = eventsOf('versions')[0];
    assert.ok(versions && /^0\.7\.|^0\.([89]|1\d)\.|^[1-9]/.test(versions.nvim), `Neovim version: ${JSON.stringify(versions)}`);
    assert.equal(versions.offset_encoding, 'utf-16', 'the server speaks UTF-16 positions, the protocol default');
  });

  for (const name of [MOTION, REPLY, CURLY_REPLY]) {
    it(`shows the engine's findings for ${name}: rule ids, messages, severities, lines, and columns in bytes as Neovim counts them`, () => {
      const items = shown(name);
      assert.ok(items, `no diagnostics event for ${name}; ${context()}`);
      const findings = findingsOf(name);
      if (name !== CURLY_REPLY) assert.ok(findings.length > 0, `the engine finds problems in ${name}`);
      const actual = items.map(({ code, message, severity, lnum, col, end_lnum, end_col }) => ({ code, message, severity, lnum, col, end_lnum, end_col })).sort(byPosition);
      const expected = findings.map((finding) => asNeovimShows(finding, texts[name]!)).sort(byPosition);
      assert.deepEqual(actual, expected, `Neovim's diagnostics for ${name} differ from the engine's findings`);
      for (const item of items) {
        assert.equal(item.source, 'brieflint');
        assert.ok(item.has_data, `${item.code}: Neovim keeps the diagnostic's data (it sends it back in code-action requests)`);
      }
    });
  }

  it('the curly-quoted reply has a diagnostic whose byte columns differ from its UTF-16 columns (so the next test means something)', () => {
    const finding = findingsOf(CURLY_REPLY).find((f) => f.ruleId === 'reply-new-relief');
    assert.ok(finding, 'the curly reply asks for new relief');
    const lines = texts[CURLY_REPLY]!.split('\n');
    assert.notEqual(byteColumn(lines, finding.range.end.line, finding.range.end.character), finding.range.end.character);
  });

  it('a code action requested with byte columns (as vim.lsp.buf.code_action sends them) still finds the reply-new-relief finding, and its removal, applied and written, removes exactly that request', () => {
    const actions = eventsOf('code-actions').find((e) => e.file === CURLY_REPLY);
    assert.ok(actions, context());
    const sent = actions.sent.find((d) => d.code === 'reply-new-relief');
    assert.ok(sent?.has_data, `Neovim sent the diagnostic back with its data: ${JSON.stringify(actions.sent)}`);
    const finding = findingsOf(CURLY_REPLY).find((f) => f.ruleId === 'reply-new-relief')!;
    assert.notEqual(sent.range.end.character, finding.range.end.character, 'Neovim sent byte columns, not the server\'s UTF-16 ones');
    assert.ok(actions.titles.includes('Disable reply-new-relief for this file'), `titles: ${actions.titles.join(' | ')}`);
    assert.equal(actions.chosen, finding.suggestions[0]?.title, `titles: ${actions.titles.join(' | ')}`);
    assert.ok(actions.has_edit, 'the action carries its edit');
    assert.ok(eventsOf('saved').some((e) => e.file === CURLY_REPLY), context());
    const written = fs.readFileSync(path.join(folder, CURLY_REPLY), 'utf8');
    assert.equal(written, applyEdits(texts[CURLY_REPLY]!, finding.suggestions[0]!.edits), 'the file holds the reply without the new request, and nothing else changed');
    assert.ok(!written.includes('enter the version proposed by Plaintiffs'));
  });

  it('the missing-standard-of-review quick-fix, applied with apply_workspace_edit and written, inserts the Rule 72(a) standard and changes nothing else', () => {
    const actions = eventsOf('code-actions').find((e) => e.file === MOTION);
    assert.ok(actions, context());
    assert.ok(actions.chosen, `a Rule 72(a) action among: ${actions.titles.join(' | ')}`);
    assert.ok(actions.has_edit && actions.preferred, `the fix carries its edit and is preferred: ${JSON.stringify(actions)}`);
    assert.ok(eventsOf('saved').some((e) => e.file === MOTION), context());
    const finding = findingsOf(MOTION).find((f) => f.ruleId === 'missing-standard-of-review')!;
    const written = fs.readFileSync(path.join(folder, MOTION), 'utf8');
    assert.equal(written, applyEdits(texts[MOTION]!, finding.fixes[0]!.edits), 'the written motion is the original with the fix applied, and nothing else changed');
    assert.ok(written.includes(snippetText(RULE_72A_SNIPPET)), 'the Rule 72(a) language');
    assert.ok(written.includes('28 U.S.C. § 636(b)(1)(A)'), 'the § came through UTF-16 → bytes intact');
  });

  describe('with an invalid setting in the client\'s settings', () => {
    let invalidFolder: string;
    let invalid: Session;

    before(async () => {
      invalidFolder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-neovim-settings-')));
      fs.writeFileSync(path.join(invalidFolder, MOTION), texts[MOTION]!);
      const expected = lintWorkspace([{ path: path.join(invalidFolder, MOTION), text: texts[MOTION]! }])[0]!.findings.length;
      invalid = await runSession(invalidFolder, {
        files: [{ name: MOTION, expected }],
        fixes: [],
        settings: { brieflint: { rules: { 'argument-without-authority': 'loud' } } },
      });
    });

    after(() => {
      if (invalidFolder) fs.rmSync(invalidFolder, { recursive: true, force: true });
    });

    it('shows one window/showMessage warning (never a showMessageRequest, which Neovim 0.7 answers with a blocking prompt) and the default analysis', () => {
      const report = `session report:\n${invalid.events.map((e) => JSON.stringify(e)).join('\n')}`;
      const requests = invalid.events.filter((e) => e.event === 'message-request');
      assert.deepEqual(requests, [], `the server sent window/showMessageRequest: Neovim 0.7's handler calls inputlist() ("Type number and <Enter>"), which blocks the editor until answered; ${report}`);
      const messages = invalid.events.filter((e): e is Extract<SessionEvent, { event: 'message' }> => e.event === 'message');
      assert.equal(messages.length, 1, report);
      assert.equal(messages[0]!.type, 2, 'a warning');
      assert.match(messages[0]!.message, /argument-without-authority/);
      const items = invalid.events.find((e): e is Extract<SessionEvent, { event: 'diagnostics' }> => e.event === 'diagnostics')?.items ?? [];
      const findings = lintWorkspace([{ path: path.join(invalidFolder, MOTION), text: texts[MOTION]! }])[0]!.findings;
      assert.deepEqual(items.map((d) => [d.code, d.severity]).sort(), findings.map((f) => [f.ruleId, LSP_SEVERITY[f.severity]]).sort(), 'the defaults');
      assert.deepEqual(invalid.events.filter((e) => e.event === 'error'), [], report);
    });
  });
});

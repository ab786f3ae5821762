import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintWorkspace, type Finding } from '../../server/src/lint';
import type { Severity } from '../../server/src/rules/types';
import { assertServerBuilt, SERVER } from '../lsp/client';
import { repoPath } from '../repo';

/**
 * Emacs 28 with Eglot 1.9, as Debian ships them (`emacs-nox`, `elpa-eglot`), against the bundled server. Eglot differs
 * from the other clients: it never pulls diagnostics (it shows pushed ones through Flymake) and has no
 * codeAction/resolve (an action must carry its edit). test/editors/eglot-session.el drives one `emacs --batch`
 * session: it opens the motion, reads the diagnostics, applies the missing-standard-of-review fix through Eglot and
 * saves, then opens the reply; it writes what it saw to a report, one JSON object a line, which these tests read.
 */

const SESSION = repoPath('test', 'editors', 'eglot-session.el');
const EXAMPLES = repoPath('examples', 'romero-v-securus');
const MOTION = 'defendant-motion.txt';
const REPLY = 'defendant-reply.txt';
const DEBIAN_PACKAGES = 'emacs-nox elpa-eglot';
/** How long the session waits for the server each time; the whole session normally takes about two seconds. */
const SERVER_WAIT_SECONDS = 20;
const SESSION_TIMEOUT_MS = 120_000;
const RULE_72A_WORDS = 'is clearly erroneous or is contrary to law';

/** A Flymake diagnostic as the session reports it: 1-based line, 0-based column counted in characters. */
interface EmacsDiagnostic {
  event: 'diagnostic';
  /** `motion`, `motion-after-fix` (after the quick-fix and the save) or `reply`. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Eglot's Flymake type: `eglot-error`, `eglot-warning` or `eglot-note`. */
  type: string;
  /** Eglot writes `source [code]: message`. */
  text: string;
}

interface CodeActionsEvent {
  event: 'code-actions';
  rule: string;
  titles: string[];
  chosen: string | null;
  hasEdit: boolean;
}

type SessionEvent = EmacsDiagnostic | CodeActionsEvent | { event: 'versions'; emacs: string; eglot: string } | { event: 'saved' | 'done' } | { event: 'error'; message: string };

interface Session {
  folder: string;
  events: SessionEvent[];
  exitCode: number | null;
  stderr: string;
  seconds: number;
  eventsLog: string;
}

/** Eglot's Flymake type for each of the engine's severities (it shows information and hints alike, as notes). */
const FLYMAKE_TYPE: Record<Severity, string> = { error: 'eglot-error', warning: 'eglot-warning', information: 'eglot-note', hint: 'eglot-note' };

describe(`Emacs with Eglot (Debian: ${DEBIAN_PACKAGES})`, function () {
  this.timeout(SESSION_TIMEOUT_MS + 10_000);

  let session: Session;
  let originalMotion: string;
  let reply: string;

  before(async function () {
    assertServerBuilt();
    await assertEmacsInstalled();
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-eglot-')));
    for (const name of [MOTION, REPLY]) fs.copyFileSync(path.join(EXAMPLES, name), path.join(folder, name));
    originalMotion = fs.readFileSync(path.join(folder, MOTION), 'utf8');
    reply = fs.readFileSync(path.join(folder, REPLY), 'utf8');
    session = await runSession(folder);
    if (session.exitCode === 3) {
      throw new Error(`Emacs runs but cannot load Eglot: install Debian's ${DEBIAN_PACKAGES} (apt-get install ${DEBIAN_PACKAGES}).\n${sessionSummary(session)}`);
    }
  });

  after(function () {
    // Kept when a test failed, so that its report and Eglot's events log can be read.
    if (session?.exitCode === 0 && !anyFailed(this)) fs.rmSync(session.folder, { recursive: true, force: true });
  });

  it('runs the whole session', function () {
    assert.deepEqual(session.events.filter((event) => event.event === 'error'), [], sessionSummary(session));
    assert.equal(session.exitCode, 0, sessionSummary(session));
    assert.ok(session.events.some((event) => event.event === 'done'), sessionSummary(session));
  });

  it("shows the engine's diagnostics for the motion, at the same places", function () {
    const findings = engineFindings(session.folder, { [MOTION]: originalMotion, [REPLY]: reply }, MOTION);
    assertSameDiagnostics(diagnosticsFor(session, 'motion'), findings, originalMotion, 'motion');
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-standard-of-review'), 'the example motion must have a missing-standard-of-review finding');
  });

  it('applies the missing-standard-of-review quick-fix through Eglot, changing only what it inserts', function () {
    const finding = engineFindings(session.folder, { [MOTION]: originalMotion, [REPLY]: reply }, MOTION).find((f) => f.ruleId === 'missing-standard-of-review');
    assert.ok(finding && finding.fixes.length === 1, 'the engine offers one fix for missing-standard-of-review');
    const fix = finding.fixes[0];

    const actions = session.events.find((event): event is CodeActionsEvent => event.event === 'code-actions');
    assert.ok(actions, `the session asked for no code actions\n${sessionSummary(session)}`);
    assert.deepEqual(actions.titles, [fix.title, 'Disable missing-standard-of-review for this file']);
    assert.equal(actions.chosen, fix.title, 'the action Eglot offers by default (isPreferred) is the fix');
    assert.ok(actions.hasEdit, 'the action carries its edit (Eglot 1.9 cannot resolve one)');

    const saved = fs.readFileSync(path.join(session.folder, MOTION), 'utf8');
    const { before, inserted, after } = splitInsertion(originalMotion, saved);
    assert.equal(before + after, originalMotion, 'the saved motion differs from the original by one inserted block, nothing else');
    assert.ok(inserted.includes(RULE_72A_WORDS), `the inserted text says "${RULE_72A_WORDS}": ${JSON.stringify(inserted.slice(0, 200))}…`);
    assert.equal(saved, applyEdits(originalMotion, fix.edits), "the saved motion is exactly the engine's fix applied to the original");
  });

  it('sends the fixed text to the server: the diagnostics after the fix are the engine\'s for the saved file', function () {
    const saved = fs.readFileSync(path.join(session.folder, MOTION), 'utf8');
    const findings = engineFindings(session.folder, { [MOTION]: saved, [REPLY]: reply }, MOTION);
    assert.ok(!findings.some((finding) => finding.ruleId === 'missing-standard-of-review'), 'the engine no longer finds a missing standard of review');
    assertSameDiagnostics(diagnosticsFor(session, 'motion-after-fix'), findings, saved, 'motion after the fix');
  });

  it('links the reply opened in the same session to its motion by case number: reply-new-relief', function () {
    const saved = fs.readFileSync(path.join(session.folder, MOTION), 'utf8');
    const findings = engineFindings(session.folder, { [MOTION]: saved, [REPLY]: reply }, REPLY);
    const shown = diagnosticsFor(session, 'reply');
    assert.ok(shown.some((diagnostic) => ruleOf(diagnostic) === 'reply-new-relief'), `no reply-new-relief diagnostic in Emacs\n${sessionSummary(session)}`);
    assertSameDiagnostics(shown, findings, reply, 'reply');
  });
});

/** Emacs is a system package, never installed by npm: without it the test fails, naming the packages. */
async function assertEmacsInstalled(): Promise<void> {
  const result = await run('emacs', ['--version'], {}, 10_000).catch((error: NodeJS.ErrnoException) => error);
  if (result instanceof Error || result.exitCode !== 0) {
    const why = result instanceof Error ? result.code ?? result.message : `exit code ${result.exitCode}: ${result.stderr}`;
    throw new Error(`Emacs is not installed (${why}): this test needs Debian's ${DEBIAN_PACKAGES} (apt-get install ${DEBIAN_PACKAGES}).`);
  }
}

async function runSession(folder: string): Promise<Session> {
  const report = path.join(folder, 'eglot-report.jsonl');
  const eventsLog = path.join(folder, 'eglot-events.log');
  const env = {
    // Emacs's home, so nothing is read from or written to the user's ~/.emacs.d.
    HOME: folder,
    BRIEFLINT_SERVER_COMMAND: JSON.stringify([process.execPath, SERVER, '--stdio']),
    BRIEFLINT_MOTION: path.join(folder, MOTION),
    BRIEFLINT_REPLY: path.join(folder, REPLY),
    BRIEFLINT_REPORT: report,
    BRIEFLINT_EVENTS_LOG: eventsLog,
    BRIEFLINT_WAIT_SECONDS: String(SERVER_WAIT_SECONDS),
  };
  const started = Date.now();
  const { exitCode, stderr } = await run('emacs', ['--batch', '-l', SESSION], env, SESSION_TIMEOUT_MS, folder);
  const seconds = (Date.now() - started) / 1000;
  const events = fs.existsSync(report)
    ? fs.readFileSync(report, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as SessionEvent)
    : [];
  return { folder, events, exitCode, stderr, seconds, eventsLog };
}

function run(command: string, args: string[], env: Record<string, string>, timeoutMs: number, cwd?: string): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (exitCode) => { clearTimeout(timer); resolve({ exitCode, stderr }); });
  });
}

/** What a failing assertion shows: what the session reported, its exit code, Emacs's messages and where the logs are. */
function sessionSummary(session: Session): string {
  const errors = session.events.filter((event) => event.event === 'error').map((event) => (event as { message: string }).message);
  return [
    `Emacs session: exit code ${session.exitCode} after ${session.seconds.toFixed(1)} s${errors.length > 0 ? `; error: ${errors.join('; ')}` : ''}`,
    `report: ${path.join(session.folder, 'eglot-report.jsonl')}; Eglot's JSON-RPC events: ${session.eventsLog}`,
    `Emacs's messages:\n${session.stderr.trim()}`,
  ].join('\n');
}

function engineFindings(folder: string, texts: Record<string, string>, name: string): Finding[] {
  const results = lintWorkspace(Object.entries(texts).map(([file, text]) => ({ path: path.join(folder, file), text })));
  const result = results.find((candidate) => candidate.path === path.join(folder, name));
  assert.ok(result, `${name} was linted`);
  return result.findings;
}

function diagnosticsFor(session: Session, file: string): EmacsDiagnostic[] {
  const shown = session.events.filter((event): event is EmacsDiagnostic => event.event === 'diagnostic' && event.file === file);
  assert.ok(shown.length > 0, `Emacs reported no diagnostics for the ${file}\n${sessionSummary(session)}`);
  return shown;
}

const EGLOT_TEXT = /^brieflint \[([^\]]+)\]: ([\s\S]*)$/;

function ruleOf(diagnostic: EmacsDiagnostic): string | undefined {
  return EGLOT_TEXT.exec(diagnostic.text)?.[1];
}

/**
 * Emacs shows each of the engine's findings with its rule id, message and severity, from its start to its end. The
 * engine's columns count UTF-16 code units (LSP's unit) and Emacs's count characters, so each engine column is turned
 * into characters on its own line before comparing; they differ only on lines with characters outside the Basic
 * Multilingual Plane, and the comparison holds on every line, ASCII or not. An empty range is widened by Eglot to the
 * text around it, so only its start is compared.
 */
function assertSameDiagnostics(shown: readonly EmacsDiagnostic[], findings: readonly Finding[], text: string, context: string): void {
  const lines = text.split('\n');
  const inCharacters = (line: number, utf16Column: number) => Array.from((lines[line] ?? '').slice(0, utf16Column)).length;
  const emptyAt = new Set<string>();
  const expected = findings.map((finding) => {
    const { start, end } = finding.range;
    const empty = start.line === end.line && start.character === end.character;
    if (empty) emptyAt.add(`${start.line + 1}:${inCharacters(start.line, start.character)}`);
    return {
      rule: finding.ruleId,
      message: finding.message,
      type: FLYMAKE_TYPE[finding.severity],
      start: `${start.line + 1}:${inCharacters(start.line, start.character)}`,
      end: empty ? '(empty range)' : `${end.line + 1}:${inCharacters(end.line, end.character)}`,
    };
  });
  const actual = shown.map((diagnostic) => {
    const match = EGLOT_TEXT.exec(diagnostic.text);
    const start = `${diagnostic.line}:${diagnostic.column}`;
    return {
      rule: match?.[1] ?? `(not "brieflint [rule]: …": ${diagnostic.text})`,
      message: match?.[2] ?? diagnostic.text,
      type: diagnostic.type,
      start,
      end: emptyAt.has(start) ? '(empty range)' : `${diagnostic.endLine}:${diagnostic.endColumn}`,
    };
  });
  const order = (a: { start: string; rule: string }, b: { start: string; rule: string }) => compareStart(a.start, b.start) || a.rule.localeCompare(b.rule);
  assert.deepEqual(actual.sort(order), expected.sort(order), `${context}: Emacs's diagnostics (1-based lines, columns in characters) differ from the engine's findings`);
}

function compareStart(a: string, b: string): number {
  const [lineA, columnA] = a.split(':').map(Number);
  const [lineB, columnB] = b.split(':').map(Number);
  return lineA - lineB || columnA - columnB;
}

/** The longest common prefix and suffix of two texts, and what the second has between them. */
function splitInsertion(original: string, changed: string): { before: string; inserted: string; after: string } {
  let prefix = 0;
  while (prefix < original.length && prefix < changed.length && original[prefix] === changed[prefix]) prefix++;
  let suffix = 0;
  while (suffix < original.length - prefix && suffix < changed.length - prefix && original[original.length - 1 - suffix] === changed[changed.length - 1 - suffix]) suffix++;
  return { before: changed.slice(0, prefix), inserted: changed.slice(prefix, changed.length - suffix), after: changed.slice(changed.length - suffix) };
}

function applyEdits(text: string, edits: readonly { span: { start: number; end: number }; newText: string }[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

function anyFailed(context: Mocha.Context): boolean {
  return context.test?.parent?.tests.some((test) => test.state === 'failed') ?? false;
}

// The packaged extension in VS Code's real workbench: code-server in headless Chromium, driven by playwright-core the
// way an attorney would use it (Quick Open, the Problems panel, the light bulb, hover, a snippet prefix), and what an
// attorney meets when the server dies or the folder is not trusted. Not part of `npm test`: it needs the .vsix
// (`npm run package`) and code-server (scripts/editor-tests/install-code-server.sh).
// Run: npm run package && npx tsc -p . && npx mocha --config .mocharc.editors.json out/test/editors/vscode.editor.js
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { crashNoticeText, DEFAULT_RESTART_POLICY } from '../../client/src/restart-policy';
import { repoPath } from '../repo';
import { installExtension, startCodeServer, type RunningCodeServer } from './code-server';

const VERSION = (JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;
/** `npm run package` writes it at the repository's root; BRIEFLINT_VSIX names another one. */
const VSIX = process.env.BRIEFLINT_VSIX || repoPath(`brieflint-${VERSION}.vsix`);
const ARTIFACTS = repoPath('test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'vscode-diagnostics.png');
const CHROMIUM = '/usr/bin/chromium';
const RULE_72A = 'clearly erroneous or is contrary to law';
/** What the attorney is told when the server dies and is restarted. */
const RESTARTED_NOTICE = crashNoticeText('restarted', DEFAULT_RESTART_POLICY);
/** vscode-languageclient's own words on a dead server, which the client replaces with its notice. */
const LIBRARY_CRASH_WORDS = /connection to server|server process|server will (not )?restart|crashed/i;
/** An objection that never argues the Rule 72(a) standard: missing-standard-of-review, an error. */
const OBJECTION_WITHOUT_STANDARD = [
  '---', 'kind: objection', '---', '# OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', '## ARGUMENT', '',
  'The order should be set aside. The record shows it. Decl. of Smith ¶ 4.', '',
].join('\n');

/** Settings for a test profile: no trust prompt, welcome page, telemetry, updates, recommendations or chat. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  // What is saved is exactly what the editor holds: the quick-fix test compares bytes.
  'files.autoSave': 'off',
  'files.trimTrailingWhitespace': false,
  'files.insertFinalNewline': false,
  'files.trimFinalNewlines': false,
  'editor.formatOnSave': false,
  'editor.minimap.enabled': false,
  'editor.snippetSuggestions': 'top',
  'editor.wordBasedSuggestions': 'off',
  'editor.hover.delay': 300,
};

describe('VS Code (code-server in headless Chromium): the packaged brieflint extension', function () {
  this.timeout(600_000);

  let tmp = '';
  let workspace = '';
  let session: Session | undefined;
  let page: Page;

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-vscode-'));
    workspace = path.join(tmp, 'workspace');
    fs.cpSync(repoPath('examples', 'romero-v-securus'), workspace, { recursive: true });
    // Empty briefs for the snippet test: "a new file" without the Save As dialog.
    fs.writeFileSync(path.join(workspace, 'new-objection.brief'), '');
    fs.writeFileSync(path.join(workspace, 'new-objection.md'), '');
    // Opened only once the server has been restarted, so that its diagnostics can come from no other server.
    fs.writeFileSync(path.join(workspace, 'after-restart.brief'), OBJECTION_WITHOUT_STANDARD);
    session = await launch(tmp, workspace, USER_SETTINGS);
    page = session.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const slug = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(ARTIFACTS, `vscode-failure-${slug}.png`) }).catch(() => undefined);
    }
    // Whatever a failed step left open (a widget, the quick pick) goes before the next test.
    if (page) await page.keyboard.press('Escape').catch(() => undefined);
  });

  after(async function () {
    await session?.close('vscode-code-server.log');
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the reply shows reply-new-relief and argument-without-authority in the Problems panel, and squiggles in the text', async function () {
    await openFile(page, 'defendant-reply.txt');
    const problems = await showProblems(page);
    const newRelief = problemRow(problems, 'reply-new-relief');
    const noAuthority = problemRow(problems, 'argument-without-authority');
    await newRelief.waitFor({ timeout: 180_000 });
    await noAuthority.waitFor({ timeout: 30_000 });
    assert.match(await newRelief.innerText(), /brieflint/);
    assert.match(await noAuthority.innerText(), /brieflint/);
    assert.match(await newRelief.innerText(), /never requested/);

    // Clicking the entry brings its line into view, where the text is underlined.
    await newRelief.click();
    await activeEditor(page).locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('the light bulb on missing-standard-of-review inserts the Rule 72(a) standard and changes nothing else', async function () {
    const file = path.join(workspace, 'defendant-motion.txt');
    const original = fs.readFileSync(file, 'utf8');
    await openFile(page, 'defendant-motion.txt');
    const problems = await showProblems(page);
    const missing = problemRow(problems, 'missing-standard-of-review');
    await missing.waitFor({ timeout: 60_000 });
    assert.match(await missing.innerText(), /brieflint/);

    // Enter on the entry puts the cursor on the diagnostic in the editor; Ctrl+. opens the quick fixes there.
    await missing.click();
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
    await activeEditor(page).locator('.squiggly-error').first().waitFor({ timeout: 30_000 }); // error severity: a red underline
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: /standard of review/i }).filter({ hasNotText: /disable/i });
    await fix.first().waitFor({ timeout: 30_000 });
    await fix.first().click();
    await save(page);
    const fixed = await waitForFile(file, (text) => text !== original);

    assert.ok(fixed.includes(RULE_72A), 'the fix inserts the Rule 72(a) standard');
    assert.ok(fixed.includes('Fed. R. Civ. P. 72(a)'), 'with its authority');
    // One insertion: the original text is exactly what comes before it and what comes after it.
    const { before, inserted, after } = splitInsertion(original, fixed);
    assert.equal(before + after, original, 'only the inserted text differs');
    assert.ok(inserted.includes(RULE_72A) && /LEGAL STANDARD/.test(inserted), `inserted: ${JSON.stringify(inserted.slice(0, 200))}`);
    // Once the brief states the standard, the problem is gone.
    await problemRow(problems, 'missing-standard-of-review').waitFor({ state: 'detached', timeout: 60_000 });
  });

  it('hovering a case citation shows its volume and reporter, and that it counts as authority', async function () {
    await openFile(page, 'motion-for-relief.md');
    // Find puts the selection on the citation and scrolls it into view; the mouse then rests on it.
    await page.keyboard.press('Control+F');
    const find = page.locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor();
    await find.fill('508 U.S. 602');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const selection = activeEditor(page).locator('.selected-text').first();
    await selection.waitFor({ timeout: 30_000 });
    const box = await selection.boundingBox();
    assert.ok(box, 'the found citation is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover-content', { hasText: 'Reporter' });
    await hover.first().waitFor({ timeout: 30_000 });
    const text = await hover.first().innerText();
    assert.match(text, /Case citation/);
    assert.match(text, /Volume\s+508/);
    assert.match(text, /Reporter\s+U\.S\./);
    assert.match(text, /Counts as legal authority/);
    await page.mouse.move(5, 5);
  });

  for (const name of ['new-objection.brief', 'new-objection.md']) {
    it(`in ${name}, the sor-72a snippet inserts the Rule 72(a) standard`, async function () {
      const file = path.join(workspace, name);
      await openFile(page, name);
      await activeEditor(page).locator('.view-lines').click();
      await page.keyboard.type('sor-72a');
      await page.keyboard.press('Control+Space');
      const suggestion = page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'sor-72a' });
      await suggestion.waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape'); // leave the snippet's tab stops
      await save(page);
      const text = await waitForFile(file, (content) => content.includes(RULE_72A));
      assert.ok(text.includes('Fed. R. Civ. P. 72(a)'), 'with its authority');
      assert.ok(!text.includes('sor-72a'), 'the prefix is replaced');
    });
  }

  it('restarting the server on purpose (Restart Server, a change of brieflint.languages) brings no crash notice', async function () {
    const { userDataDir } = session!;
    const problems = await replyWithItsDiagnostics(page);

    let pid = await waitForRunningServer(userDataDir);
    await runCommand(page, 'Brieflint: Restart Server');
    await page.locator('.notification-toast', { hasText: 'the language server has restarted' }).first().waitFor({ timeout: 60_000 });
    pid = await waitForRunningServer(userDataDir, pid);
    await problemRow(problems, 'reply-new-relief').waitFor({ timeout: 60_000 });

    // Without plain text among the languages the client is replaced and the reply's diagnostics go; with it they return.
    const folderSettings = path.join(workspace, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(folderSettings), { recursive: true });
    fs.writeFileSync(folderSettings, JSON.stringify({ 'brieflint.languages': ['brief', 'markdown'] }));
    await problemRow(problems, 'reply-new-relief').waitFor({ state: 'detached', timeout: 60_000 });
    pid = await waitForRunningServer(userDataDir, pid);
    fs.writeFileSync(folderSettings, '{}');
    await waitForRunningServer(userDataDir, pid);
    await openFile(page, 'defendant-reply.txt');
    await problemRow(problems, 'reply-new-relief').waitFor({ timeout: 60_000 });

    // The one notice is the command's own: no crash notice, and no error from the client being replaced.
    assert.deepEqual(await notificationTexts(page), ['brieflint: the language server has restarted.']);
  });

  it('when the server is killed, it is restarted and the attorney is told once, with the log a click away', async function () {
    const { userDataDir } = session!;
    const problems = await replyWithItsDiagnostics(page);

    const killed = await waitForRunningServer(userDataDir);
    process.kill(killed, 'SIGKILL'); // as the system does when memory runs out
    const toast = page.locator('.notification-toast', { hasText: RESTARTED_NOTICE.slice(0, 40) });
    await toast.first().waitFor({ timeout: 60_000 });
    assert.equal(await toast.count(), 1);
    await waitForRunningServer(userDataDir, killed);

    // Diagnostics come back: the reply's, and those of a brief opened only now, which only a running server can give.
    await problemRow(problems, 'reply-new-relief').waitFor({ timeout: 60_000 });
    await openFile(page, 'after-restart.brief');
    await showProblems(page);
    await problemRow(problems, 'missing-standard-of-review').waitFor({ timeout: 60_000 });

    // Told once: one notice in the notification centre, in full, and none of vscode-languageclient's own.
    const notices = await notificationTexts(page);
    assert.deepEqual(notices.filter((text) => text.includes(RESTARTED_NOTICE.slice(0, 40))), [RESTARTED_NOTICE], `notifications: ${JSON.stringify(notices)}`);
    assert.deepEqual(notices.filter((text) => LIBRARY_CRASH_WORDS.test(text)), [], `notifications: ${JSON.stringify(notices)}`);

    // Its Show Log button opens the brieflint output, which says what happened.
    await runCommand(page, 'Notifications: Show Notifications');
    const notice = page.locator('.notifications-center .notification-list-item', { hasText: RESTARTED_NOTICE.slice(0, 40) });
    await notice.click();
    await notice.locator('.monaco-button', { hasText: 'Show Log' }).click();
    await page.locator('.part.panel .view-lines', { hasText: 'stopped unexpectedly' }).first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it(`after ${DEFAULT_RESTART_POLICY.maxCrashes} crashes within ${DEFAULT_RESTART_POLICY.windowMs / 60_000} minutes, the server is left stopped, with one more notice and a way to restart it`, async function () {
    const { userDataDir } = session!;
    const problems = await showProblems(page);
    // The previous test's crash begins the streak; the crashes in between are restarted without a word.
    let pid = await waitForRunningServer(userDataDir);
    for (let crash = 2; crash < DEFAULT_RESTART_POLICY.maxCrashes; crash++) {
      process.kill(pid, 'SIGKILL');
      pid = await waitForRunningServer(userDataDir, pid);
    }
    await problemRow(problems, 'missing-standard-of-review').waitFor({ timeout: 60_000 });
    assert.deepEqual(await notificationTexts(page), [], 'no notice for the crashes after the first of a streak');

    process.kill(pid, 'SIGKILL');
    const stoppedNotice = crashNoticeText('stopped', DEFAULT_RESTART_POLICY);
    const toast = page.locator('.notification-toast', { hasText: stoppedNotice.slice(0, 40) });
    await toast.first().waitFor({ timeout: 60_000 });
    // Left stopped: no server comes back by itself, and its diagnostics are withdrawn.
    await problemRow(problems, 'missing-standard-of-review').waitFor({ state: 'detached', timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal(runningServer(userDataDir), pid, 'no new server was started');
    const notices = await notificationTexts(page);
    assert.deepEqual(notices, [stoppedNotice], `notifications: ${JSON.stringify(notices)}`);

    // Its Restart Server button brings the server, and the diagnostics, back.
    await runCommand(page, 'Notifications: Show Notifications');
    const notice = page.locator('.notifications-center .notification-list-item', { hasText: stoppedNotice.slice(0, 40) });
    await notice.click();
    await notice.locator('.monaco-button', { hasText: 'Restart Server' }).click();
    await waitForRunningServer(userDataDir, pid);
    await problemRow(problems, 'missing-standard-of-review').waitFor({ timeout: 60_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
  });
});

// Workspace Trust: a folder the user has not trusted opens in Restricted Mode, where VS Code drops the folder's own value
// of each setting the manifest lists in restrictedConfigurations, also from the answers to workspace/configuration.
describe('VS Code (code-server in headless Chromium): brieflint in an untrusted folder', function () {
  this.timeout(600_000);

  let tmp = '';
  let session: Session | undefined;
  let page: Page;

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-vscode-trust-'));
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(repoPath('examples', 'romero-v-securus'), workspace, { recursive: true });
    // What a folder from someone else could say to hide a problem.
    fs.mkdirSync(path.join(workspace, '.vscode'));
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'brieflint.rules.reply-new-relief': 'off' }, null, 2));
    const settings = { ...USER_SETTINGS, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };
    session = await launch(tmp, workspace, settings, { workspaceTrust: true });
    page = session.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const slug = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(ARTIFACTS, `vscode-failure-${slug}.png`) }).catch(() => undefined);
    }
  });

  after(async function () {
    await session?.close('vscode-code-server-untrusted.log');
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('checks the reply with the folder\'s settings ignored; once the folder is trusted, they apply', async function () {
    await openFile(page, 'defendant-reply.txt');
    const problems = await showProblems(page);
    // Restricted Mode: the folder's "reply-new-relief": "off" is ignored, so the problem shows.
    await problemRow(problems, 'argument-without-authority').waitFor({ timeout: 180_000 });
    await problemRow(problems, 'reply-new-relief').waitFor({ timeout: 30_000 });

    await trustFolder(page);
    // Trusted: the folder's setting reaches the server, which turns the rule off; the other rule still runs.
    await problemRow(problems, 'reply-new-relief').waitFor({ state: 'detached', timeout: 60_000 });
    assert.ok(await problemRow(problems, 'argument-without-authority').isVisible(), 'argument-without-authority is still shown');
  });
});

/** A code-server with the packaged extension installed, and a headless Chromium showing its workbench. */
interface Session {
  page: Page;
  userDataDir: string;
  /** Closes the browser and code-server; keeps code-server's log in test-artifacts/ under `logName`. */
  close(logName: string): Promise<void>;
}

async function launch(tmp: string, workspace: string, userSettings: Record<string, unknown>, options: { workspaceTrust?: boolean } = {}): Promise<Session> {
  if (!fs.existsSync(VSIX)) {
    throw new Error(`${VSIX} does not exist: run \`npm run package\` first (it builds the .vsix this test installs)`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const installed = await installExtension(VSIX, extensionsDir, userDataDir);
  const folders = fs.readdirSync(extensionsDir).filter((name) => name.includes('brieflint'));
  assert.ok(folders.length > 0, `code-server --install-extension ${VSIX} installed nothing into ${extensionsDir}:\n${installed}`);

  let server: RunningCodeServer | undefined;
  let context: BrowserContext | undefined;
  const close = async (logName: string): Promise<void> => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && fs.existsSync(server.logFile)) fs.copyFileSync(server.logFile, path.join(ARTIFACTS, logName));
    // The brieflint output channel, as the extension host wrote it.
    const logs = path.join(userDataDir, 'logs');
    const channels = fs.existsSync(logs) ? (fs.readdirSync(logs, { recursive: true }) as string[]).filter((file) => /(brieflint|exthost)\.log$/.test(file)) : [];
    const text = channels.map((file) => `=== ${file}\n${fs.readFileSync(path.join(logs, file), 'utf8')}`).join('\n');
    if (text) fs.writeFileSync(path.join(ARTIFACTS, logName.replace(/\.log$/, '-output.log')), text);
  };
  try {
    server = await startCodeServer({ workspace, userDataDir, extensionsDir, logFile: path.join(tmp, 'code-server.log'), workspaceTrust: options.workspaceTrust });
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      viewport: { width: 1600, height: 1000 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/?folder=${workspace}`);
    // The workbench is up when the explorer lists the workspace.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'defendant-motion.txt' }).first().waitFor({ timeout: 180_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
    return { page, userDataDir, close };
  } catch (error) {
    await close('vscode-code-server-failed-start.log');
    throw error;
  }
}

/** Runs a command by its title through the Command Palette. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Quick Open (Ctrl+P) by file name; waits until the file's tab is the active one. */
async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  // The list fills in twice (recently opened, then the file search): Enter goes to the row focused when it is pressed.
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await activeEditor(page).locator('.view-lines').waitFor();
}

function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** No notifications showing, the reply open, and its reply-new-relief problem listed: where the restart tests begin. */
async function replyWithItsDiagnostics(page: Page): Promise<Locator> {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await openFile(page, 'defendant-reply.txt');
  const problems = await showProblems(page);
  await problemRow(problems, 'reply-new-relief').waitFor({ timeout: 60_000 });
  return problems;
}

async function showProblems(page: Page): Promise<Locator> {
  await runCommand(page, 'Problems: Focus on Problems View');
  const panel = page.locator('.markers-panel');
  await panel.waitFor();
  return panel;
}

function problemRow(problems: Locator, code: string): Locator {
  return problems.locator('.monaco-list-row', { hasText: code }).first();
}

async function save(page: Page): Promise<void> {
  await runCommand(page, 'File: Save');
}

/** The file as saved once `done` accepts it (the save is asynchronous). */
async function waitForFile(file: string, done: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (done(text)) return text;
    if (Date.now() > deadline) throw new Error(`${file} was not saved as expected within ${timeoutMs / 1000} s; it holds:\n${text.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The longest common prefix and suffix of two texts, and what lies between them in the second. */
function splitInsertion(original: string, changed: string): { before: string; inserted: string; after: string } {
  let start = 0;
  while (start < original.length && original[start] === changed[start]) start++;
  let end = 0;
  while (end < original.length - start && original[original.length - 1 - end] === changed[changed.length - 1 - end]) end++;
  return { before: original.slice(0, start), inserted: changed.slice(start, changed.length - end), after: original.slice(original.length - end) };
}

/**
 * The process id of the language server the client last reported running (it logs "…is running (process N)" to
 * the brieflint output once the server has answered `initialize`), or undefined before the first.
 */
function runningServer(userDataDir: string): number | undefined {
  const logs = path.join(userDataDir, 'logs');
  const files = fs.existsSync(logs) ? (fs.readdirSync(logs, { recursive: true }) as string[]).filter((file) => /brieflint\.log$/.test(file)) : [];
  const pids = files.flatMap((file) => [...fs.readFileSync(path.join(logs, file), 'utf8').matchAll(/is running \(process (\d+)\)/g)].map((match) => Number(match[1])));
  return pids.at(-1);
}

/** Waits until a language server is running (with `not`, one other than that process); returns its process id. */
async function waitForRunningServer(userDataDir: string, not?: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pid = runningServer(userDataDir);
    if (pid !== undefined && pid !== not) return pid;
    if (Date.now() > deadline) throw new Error(`no brieflint language server${not ? ` other than process ${not}` : ''} reported running within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The text of every notification in the notification centre, which keeps them after their toasts have gone. */
async function notificationTexts(page: Page): Promise<string[]> {
  await runCommand(page, 'Notifications: Show Notifications');
  const messages = page.locator('.notifications-center .notification-list-item .notification-list-item-message');
  await page.locator('.notifications-center').waitFor();
  const texts = await messages.allInnerTexts();
  await runCommand(page, 'Notifications: Hide Notifications').catch(() => page.keyboard.press('Escape'));
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Trusts the open folder through Workspaces: Manage Workspace Trust, as a user would. */
async function trustFolder(page: Page): Promise<void> {
  await runCommand(page, 'Workspaces: Manage Workspace Trust');
  const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust/ }).first();
  await trust.waitFor({ timeout: 30_000 });
  await trust.click();
  await page.locator('.workspace-trust-editor', { hasText: /trusted/i }).first().waitFor({ timeout: 30_000 });
}


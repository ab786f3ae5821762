import { DEFAULT_CONFIG, type Config } from '../config';
import { parseBrief } from '../engine/parse';
import { lintWorkspace } from '../lint';
import { parseArguments, USAGE, type Command } from './args';
import { readConfigFile } from './config-file';
import { readBriefs, type InputProblem } from './files';
import { formatCitationsJson, formatCitationsTable } from './format/citations';
import { palette, wantsColor } from './format/color';
import { formatJson } from './format/json';
import { formatSarif, type RunNotification } from './format/sarif';
import { formatStylish } from './format/stylish';
import { oneLine } from './format/table';
import { VERSION } from './package-info';

const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;
/** A usage error, or a file or config that could not be read: the run did not check everything it was asked to. */
const EXIT_TROUBLE = 2;

/** Where a run writes: `out` for the report, `err` for one line each about what went wrong. */
export interface Terminal {
  out(text: string): void;
  err(line: string): void;
  color: boolean;
  cwd: string;
}

type CheckCommand = Extract<Command, { kind: 'lint' | 'citations' }>;

export function run(argv: readonly string[], terminal: Terminal): number {
  const command = parseArguments(argv);
  switch (command.kind) {
    case 'help':
      terminal.out(USAGE);
      return EXIT_CLEAN;
    case 'version':
      terminal.out(`${VERSION}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      terminal.err(`brieflint: ${command.message}`);
      terminal.err("Run 'brieflint --help' for usage.");
      return EXIT_TROUBLE;
    default:
      return check(command, terminal);
  }
}

function check(command: CheckCommand, terminal: Terminal): number {
  const complain = (problem: InputProblem): void => terminal.err(`brieflint: ${problem.path}: ${oneLine(problem.message)}`);
  let config: Config = DEFAULT_CONFIG;
  const notifications: RunNotification[] = [];
  if (command.configPath !== undefined) {
    const loaded = readConfigFile(command.configPath);
    // Checking with the defaults instead of a config the user named could pass a brief that their settings fail.
    if (!loaded.ok) {
      complain({ path: command.configPath, message: loaded.message });
      return EXIT_TROUBLE;
    }
    for (const warning of loaded.warnings) {
      complain({ path: command.configPath, message: `warning: ${warning}` });
      notifications.push({ path: command.configPath, message: warning, level: 'warning' });
    }
    config = loaded.config;
  }

  const { briefs: files, problems } = readBriefs(command.paths);
  const colors = palette(terminal.color);
  let errorsFound = false;
  if (command.kind === 'citations') {
    const briefs = files.map((file) => parseBrief(file.path, file.text, config));
    terminal.out(command.format === 'json' ? formatCitationsJson(briefs) : formatCitationsTable(briefs, colors));
  } else {
    const results = lintWorkspace(files, config);
    errorsFound = results.some((result) => result.findings.some((finding) => finding.severity === 'error'));
    if (command.format === 'json') terminal.out(formatJson(results));
    else if (command.format === 'sarif') {
      const inputErrors = problems.map((problem): RunNotification => ({ ...problem, level: 'error' }));
      terminal.out(formatSarif(results, [...notifications, ...inputErrors], terminal.cwd));
    } else terminal.out(formatStylish(results, colors));
  }
  problems.forEach(complain);
  return problems.length > 0 ? EXIT_TROUBLE : errorsFound ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function describe(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

function main(): void {
  // `brieflint … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`brieflint: cannot write the report: ${describe(error)}\n`);
    process.exitCode = EXIT_TROUBLE;
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      out: (text) => process.stdout.write(text),
      err: (line) => process.stderr.write(`${line}\n`),
      color: wantsColor(process.stdout.isTTY === true, process.env),
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`brieflint: internal error: ${describe(error)}\n`);
    process.exitCode = EXIT_TROUBLE;
  }
}

main();

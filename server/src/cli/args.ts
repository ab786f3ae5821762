import { parseArgs } from 'node:util';

export const LINT_FORMATS = ['stylish', 'json', 'sarif'] as const;
export const CITATION_FORMATS = ['stylish', 'json'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'lint'; format: LintFormat; configPath?: string; paths: string[] }
  | { kind: 'citations'; format: CitationFormat; configPath?: string; paths: string[] }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: brieflint [options] PATH...
       brieflint citations [options] PATH...

Checks U.S. legal briefs. A PATH is a file or a folder; folders are searched
recursively for *.md, *.txt and *.brief files, skipping node_modules and
hidden files and folders. Briefs named together are one workspace, so a reply
is compared with the motion it answers. Each file must be UTF-8 text of at
most 10 MB.

The citations command lists every citation found instead of checking.
To check a file named "citations", write ./citations.

Options:
  -f, --format FORMAT  stylish (default), json or sarif;
                       for citations: stylish (a table, default) or json
  -c, --config FILE    YAML or JSON settings: rules (a rule id -> off, hint,
                       information, warning or error) and argumentHeadings
  -h, --help           print this help
  -v, --version        print the version

Exit status: 0 when no error-severity problem was found, 1 when one was,
2 on a usage error or when a file or the config could not be read (even if
the files that could be read had errors).
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

export function parseArguments(argv: readonly string[]): Command {
  // Lenient parsing with tokens lets us word each mistake ourselves, in one line, instead of relaying Node's multi-line messages.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: { format?: string; config?: string; help?: boolean; version?: boolean } = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name;
    if (!isOptionName(name)) return usageError(`unknown option '${token.rawName}'`);
    if (name === 'help' || name === 'version') {
      if (token.value !== undefined) return usageError(`option '${token.rawName}' takes no value`);
      values[name] = true;
      continue;
    }
    // `--format --config x` would otherwise read "--config" as the format.
    const missing = token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'));
    if (missing) return usageError(`option '${token.rawName}' needs a value`);
    values[name] = token.value;
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const isCitations = positionals[0] === 'citations';
  const paths = isCitations ? positionals.slice(1) : positionals;
  if (paths.length === 0) return usageError('no files or folders given');
  if (isCitations) {
    const format = values.format ?? 'stylish';
    if (!includes(CITATION_FORMATS, format)) return usageError(`unknown format '${format}' for citations (use stylish or json)`);
    return { kind: 'citations', format, configPath: values.config, paths };
  }
  const format = values.format ?? 'stylish';
  if (!includes(LINT_FORMATS, format)) return usageError(`unknown format '${format}' (use stylish, json or sarif)`);
  return { kind: 'lint', format, configPath: values.config, paths };
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

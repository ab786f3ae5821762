import { parseDocument } from 'yaml';
import { BRIEF_KINDS, type BriefKind, type FrontMatter } from '../brief';

/** Reads a YAML block fenced by `---` lines at the very start of the text; undefined when there is none. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const opening = /^---[ \t]*\r?\n/.exec(source);
  if (!opening) return undefined;
  const closing = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = source.slice(opening[0].length);
  const close = closing.exec(rest);
  if (!close) return undefined;
  const bodyEnd = opening[0].length + close.index;
  let end = bodyEnd + close[0].length;
  if (source.startsWith('\r\n', end)) end += 2;
  else if (source[end] === '\n') end += 1;
  const block = source.slice(0, end);
  // While an attorney types, the front matter rarely changes; reading its YAML each time is most of this step.
  if (lastRead?.block !== block) lastRead = { block, frontMatter: readYaml(source.slice(opening[0].length, bodyEnd), { start: 0, end }) };
  const { frontMatter } = lastRead;
  return { ...frontMatter, span: { ...frontMatter.span }, disable: [...frontMatter.disable], problems: frontMatter.problems.map((problem) => ({ ...problem, span: { ...problem.span } })) };
}

let lastRead: { block: string; frontMatter: FrontMatter } | undefined;

function readYaml(yaml: string, span: FrontMatter['span']): FrontMatter {
  const frontMatter: FrontMatter = { span, disable: [], problems: [] };
  const document = parseDocument(yaml);
  if (document.errors.length > 0) {
    frontMatter.problems.push({ message: `the front matter is not valid YAML: ${document.errors[0].message.split('\n')[0]}`, span });
    return frontMatter;
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // YAML that parses can still fail to resolve (`kind: *objection`, an alias with no anchor).
    frontMatter.problems.push({ message: `the front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, span });
    return frontMatter;
  }
  if (data === null || data === undefined) return frontMatter;
  if (typeof data !== 'object' || Array.isArray(data)) {
    frontMatter.problems.push({ message: 'the front matter must be a mapping of keys such as kind, case, motion and court', span });
    return frontMatter;
  }
  const fields = data as Record<string, unknown>;
  if (fields.kind !== undefined) {
    const kind = String(fields.kind).toLowerCase();
    if ((BRIEF_KINDS as readonly string[]).includes(kind)) frontMatter.kind = kind as BriefKind;
    else frontMatter.problems.push({ message: `unknown kind "${String(fields.kind)}" in front matter (expected one of ${BRIEF_KINDS.join(', ')})`, span });
  }
  for (const key of ['case', 'motion', 'court'] as const) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') frontMatter[key] = String(value);
  }
  const settings = fields.brieflint;
  if (settings && typeof settings === 'object' && !Array.isArray(settings)) {
    const disable = (settings as Record<string, unknown>).disable;
    const ids = Array.isArray(disable) ? disable : typeof disable === 'string' ? [disable] : [];
    frontMatter.disable = ids.filter((id): id is string => typeof id === 'string');
  }
  return frontMatter;
}

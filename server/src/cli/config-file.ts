import { parseDocument } from 'yaml';
import { parseConfig, type Config } from '../config';
import { readTextFile } from './files';

export type ConfigFileResult =
  | { ok: true; config: Config; warnings: string[] }
  | { ok: false; message: string };

/**
 * Reads a YAML (or JSON, which YAML includes) settings file. A file that cannot be read or parsed fails the run;
 * an invalid value only warns, and its default is used.
 */
export function readConfigFile(file: string): ConfigFileResult {
  const read = readTextFile(file);
  if (!read.ok) return read;
  const document = parseDocument(read.text);
  if (document.errors.length > 0) {
    return { ok: false, message: `not valid YAML: ${firstLine(document.errors[0].message)}` };
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // A document can parse and still fail to build: an unresolved alias, or too many aliases (a "billion laughs").
    return { ok: false, message: `not valid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}` };
  }
  return { ok: true, ...parseConfig(value) };
}

/** yaml's messages go on with a code frame after a colon; the first line already names the line and column. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '');
}

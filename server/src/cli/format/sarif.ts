import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { META_FINDINGS, type LintResult } from '../../lint';
import { RULES, ruleDocPath } from '../../rules';
import type { Severity } from '../../rules/types';
import { HOMEPAGE, VERSION } from '../package-info';

/** Something about the run itself rather than a brief, such as a file that could not be read. */
export interface RunNotification {
  path: string;
  message: string;
  level: 'error' | 'warning';
}

type SarifLevel = 'error' | 'warning' | 'note';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties?: { documentation: string };
}

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Result paths are relative to the folder brieflint ran in; code-scanning services resolve them against the repository. */
const SOURCE_ROOT = '%SRCROOT%';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Descriptors for brieflint's findings about itself (a rule that threw, unusable front matter), so every ruleIndex points somewhere. */
const META_RULES: ReportingDescriptor[] = META_FINDINGS.map(({ id, title }) => ({
  id,
  name: id.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join(''),
  shortDescription: { text: title },
  defaultConfiguration: { level: 'warning' },
}));

/** A SARIF 2.1.0 log of one run, for code-scanning services and SARIF viewers. `root` is the folder paths are relative to. */
export function formatSarif(results: readonly LintResult[], notifications: readonly RunNotification[], root: string): string {
  const rules: ReportingDescriptor[] = [
    ...RULES.map((rule) => ({
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: rule.title },
      fullDescription: { text: `"${rule.source.quote}" (${rule.source.locator})` },
      help: { text: `${rule.title}. The court's words: "${rule.source.quote}" (${rule.source.locator}). See ${ruleDocPath(rule.id)}.` },
      defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
      properties: { documentation: ruleDocPath(rule.id) },
    })),
    ...META_RULES,
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'brieflint', version: VERSION, ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}), rules } },
        invocations: [
          {
            executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
            toolExecutionNotifications: notifications.map((notification) => ({
              level: notification.level,
              message: { text: notification.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(notification.path, root) } }],
            })),
          },
        ],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(root) } },
        // The engine's columns are JavaScript string indices, that is UTF-16 code units, as in LSP.
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(result.path, root),
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative URI with forward slashes for a file under `root`; an absolute file: URI for one outside it. */
function artifactLocation(file: string, root: string): ArtifactLocation {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (outside) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** SARIF wants a rule's name to be an identifier such as ReplyNewRelief; the id stays kebab-case. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

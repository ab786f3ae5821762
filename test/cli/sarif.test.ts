import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FRONT_MATTER_ID, INTERNAL_ERROR_ID } from '../../server/src/lint';
import { RULES, ruleDocPath } from '../../server/src/rules';
import { brieflint, CLEAN, ensureBuilt, makeTempFolder, MOTION, parseJson, readFixture, removeTempFolders, REPLY, REPO_ROOT } from './helpers';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
}
interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties?: { documentation?: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: RuleDescriptor[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: Location[] }[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: SarifResult[];
  }[];
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface SchemaValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

/**
 * The official SARIF 2.1.0 schema (OASIS, as published in @microsoft/jest-sarif, kept in test/fixtures/sarif/). It is
 * written in JSON Schema draft-04, which Ajv 8 reads through ajv-draft-04; ajv-formats checks its uri and date-time formats.
 */
function loadSarifSchemaValidator(): SchemaValidator {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // The schema's language-tag pattern has a stray `]` that only a regular expression without the u flag accepts.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const LEVELS: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function sarifOf(args: string[], cwd?: string): { log: SarifLog; status: number | null; stderr: string } {
  const run = brieflint(['--format', 'sarif', ...args], { cwd });
  return { log: parseJson(run.stdout) as SarifLog, status: run.status, stderr: run.stderr };
}

describe('brieflint command line: --format sarif', () => {
  before(ensureBuilt);
  after(removeTempFolders);

  it('is valid against the official SARIF 2.1.0 schema', function () {
    const validate = loadSarifSchemaValidator();
    const folder = makeTempFolder();
    const outside = path.join(folder, 'motion copy.txt');
    fs.writeFileSync(outside, readFixture(MOTION));
    for (const args of [[MOTION, REPLY, CLEAN], [REPLY], [CLEAN], [outside, path.join(folder, 'missing.md')]]) {
      const { log } = sarifOf(args);
      assert.ok(validate(log), `${args.join(' ')}: ${JSON.stringify(validate.errors, null, 2)}`);
    }
  });

  it('describes the tool and every rule', () => {
    const { log, status } = sarifOf([CLEAN]);
    assert.equal(status, 0);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(driver.name, 'brieflint');
    assert.equal(driver.version, version);
    assert.deepEqual(driver.rules.map((rule) => rule.id), [...RULES.map((rule) => rule.id), INTERNAL_ERROR_ID, FRONT_MATTER_ID]);
    for (const rule of RULES) {
      const descriptor = driver.rules.find((candidate) => candidate.id === rule.id);
      assert.ok(descriptor);
      assert.match(descriptor.name, /^[A-Z][A-Za-z0-9]*$/);
      assert.equal(descriptor.shortDescription.text, rule.title);
      assert.ok(descriptor.fullDescription?.text.includes(rule.source.quote));
      assert.ok(descriptor.help?.text.includes(rule.source.quote));
      assert.equal(descriptor.defaultConfiguration.level, LEVELS[rule.defaultSeverity]);
      assert.equal(descriptor.properties?.documentation, ruleDocPath(rule.id));
      assert.equal(descriptor.helpUri, undefined, 'no made-up address');
    }
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    assert.deepEqual(log.runs[0].results, []);
  });

  it('gives each finding its rule, level and 1-based region in a relative URI; exit 1 on an error', () => {
    const { log, status } = sarifOf([MOTION, REPLY]);
    assert.equal(status, 1);
    const json = JSON.parse(brieflint(['--format', 'json', MOTION, REPLY]).stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    const expected = json.flatMap((file) => file.diagnostics.map((diagnostic) => ({ file: file.file, diagnostic })));
    const { results, originalUriBaseIds } = log.runs[0];
    const rules = log.runs[0].tool.driver.rules;
    assert.equal(results.length, expected.length);
    assert.equal(results.length, 3);
    results.forEach((result, i) => {
      const { file, diagnostic } = expected[i];
      assert.equal(result.ruleId, diagnostic.code);
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.level, LEVELS[diagnostic.severity]);
      assert.equal(typeof result.message.text, 'string');
      const [{ physicalLocation }] = result.locations;
      assert.deepEqual(physicalLocation.artifactLocation, { uri: file, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(physicalLocation.region, {
        startLine: diagnostic.range.start.line + 1,
        startColumn: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
      });
    });
    assert.deepEqual(originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(REPO_ROOT).href}/` } });
  });

  it('reports information as a note', () => {
    // Alone, the reply's request gets an information-severity finding: its motion was not checked with it.
    const { log, status } = sarifOf([REPLY]);
    assert.equal(status, 0);
    assert.deepEqual(log.runs[0].results.map((result) => [result.ruleId, result.level]), [['reply-new-relief', 'note']]);
  });

  it('uses forward slashes and escapes in relative URIs, and a file: URI outside the working folder', () => {
    const folder = makeTempFolder();
    fs.mkdirSync(path.join(folder, 'briefs', 'reply #2'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'briefs', 'reply #2', 'motion.txt'), readFixture(MOTION));
    const inside = sarifOf([path.join('briefs', 'reply #2', 'motion.txt')], folder).log;
    assert.deepEqual(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
      uri: 'briefs/reply%20%232/motion.txt',
      uriBaseId: '%SRCROOT%',
    });
    const outside = sarifOf([path.join(folder, 'briefs', 'reply #2', 'motion.txt')]).log;
    assert.deepEqual(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
      uri: pathToFileURL(path.join(folder, 'briefs', 'reply #2', 'motion.txt')).href,
    });
  });

  it('records a file it could not read as a failed execution, and still reports the others; exit 2', () => {
    const { log, status, stderr } = sarifOf([CLEAN, 'test/fixtures/cli/absent.md']);
    assert.equal(status, 2);
    assert.equal(stderr, 'brieflint: test/fixtures/cli/absent.md: no such file or folder\n');
    assert.deepEqual(log.runs[0].invocations, [{
      executionSuccessful: false,
      toolExecutionNotifications: [{
        level: 'error',
        message: { text: 'no such file or folder' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'test/fixtures/cli/absent.md', uriBaseId: '%SRCROOT%' } } }],
      }],
    }]);
  });
});

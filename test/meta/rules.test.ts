import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { RULES, ruleDocPath } from '../../server/src/rules';
import { renderDocHeader, HEADER_END, HEADER_START } from '../../scripts/rule-docs';
import { repoPath } from '../repo';

const DOC_SECTIONS = ['## What it flags', '## Why', '## Failing example', '## Passing example', '## How to fix', '## How to turn it off'];
const fold = (text: string) => text.replace(/\s+/g, ' ');

describe('rule metadata, files and docs agree', () => {
  it('the registry is sorted by id and ids are permanent kebab-case names', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.deepEqual(ids, [...ids].sort());
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in server/src/rules/<id>.ts', () => {
        assert.ok(fs.existsSync(repoPath('server/src/rules', `${rule.id}.ts`)));
      });

      it('quotes the order word for word', () => {
        const order = fold(fs.readFileSync(repoPath('test/fixtures/order/romero-v-securus-order.txt'), 'utf8'));
        assert.ok(order.includes(fold(rule.source.quote)), `"${rule.source.quote}" is not in the order`);
      });

      it('has a doc whose generated header is current (run `npm run docs` to refresh it)', () => {
        const doc = fs.readFileSync(repoPath(ruleDocPath(rule.id)), 'utf8');
        const header = doc.slice(doc.indexOf(HEADER_START), doc.indexOf(HEADER_END) + HEADER_END.length);
        assert.equal(header, renderDocHeader(rule));
      });

      it('has a doc with the sections an attorney expects, in order', () => {
        const doc = fs.readFileSync(repoPath(ruleDocPath(rule.id)), 'utf8');
        const headings = doc.split('\n').filter((line) => line.startsWith('## '));
        assert.deepEqual(headings, DOC_SECTIONS);
        assert.ok(doc.includes('Romero v. Securus Techs., Inc., No. 16cv1283 JM (MDD) (S.D. Cal. Jan. 5, 2018)'));
      });

      it('is listed in the README with a link to its doc', () => {
        const readme = fs.readFileSync(repoPath('README.md'), 'utf8');
        assert.ok(readme.includes(`](${ruleDocPath(rule.id)})`), `README has no link to ${ruleDocPath(rule.id)}`);
      });

      it('has a message for every id it can report, with placeholders only in {{name}} form', () => {
        for (const message of Object.values(rule.messages)) {
          assert.ok(!/\{(?!\{)[^}]*\}(?!\})/.test(message.replace(/\{\{\w+\}\}/g, '')), message);
        }
      });
    });
  }
});

describe('the engine stays free of the editor', () => {
  const forbidden = /from ['"](?:vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:fs|fs|node:child_process|child_process|node:process|process)['"]/;
  const walk = (folder: string): string[] => fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(`${folder}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${folder}/${entry.name}`] : []);
  for (const folder of ['server/src/engine', 'server/src/rules']) {
    it(`${folder} imports nothing from vscode, the file system or the process`, () => {
      const files = walk(repoPath(folder));
      assert.ok(files.length > 0);
      for (const file of files) {
        const imports = fs.readFileSync(file, 'utf8').split('\n').filter((line) => forbidden.test(line));
        assert.deepEqual(imports, [], file);
      }
    });
  }
});

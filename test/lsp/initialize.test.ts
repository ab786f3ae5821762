import * as assert from 'node:assert/strict';
import { LspClient, stopAllServers } from './client';

describe('LSP: initialize', () => {
  afterEach(stopAllServers);

  it('a push client (no textDocument.diagnostic) gets incremental sync, quick-fixes, hover, symbols and folding, and no diagnosticProvider', async () => {
    const client = await LspClient.start();
    const { capabilities, serverInfo } = client.initializeResult;
    assert.ok(typeof capabilities.textDocumentSync === 'object', `textDocumentSync must be an options object, got ${JSON.stringify(capabilities.textDocumentSync)}`);
    assert.equal(capabilities.textDocumentSync.openClose, true, 'textDocumentSync.openClose');
    assert.equal(capabilities.textDocumentSync.change, 2, 'textDocumentSync.change must be Incremental (2)');
    assert.ok(typeof capabilities.codeActionProvider === 'object', `codeActionProvider must list its kinds, got ${JSON.stringify(capabilities.codeActionProvider)}`);
    assert.ok(capabilities.codeActionProvider.codeActionKinds?.includes('quickfix'), 'codeActionKinds must include quickfix');
    assert.ok(capabilities.hoverProvider, 'hoverProvider');
    assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(capabilities.foldingRangeProvider, 'foldingRangeProvider');
    assert.equal(capabilities.diagnosticProvider, undefined, 'a client that cannot pull must not be offered pull diagnostics: it is pushed to');
    assert.equal(serverInfo?.name, 'brieflint');
  });

  it('a pull client (textDocument.diagnostic declared) is offered diagnosticProvider with interFileDependencies and no workspace diagnostics', async () => {
    const client = await LspClient.start({ pull: true });
    const { capabilities } = client.initializeResult;
    assert.ok(capabilities.diagnosticProvider, 'diagnosticProvider must be set for a client that declares textDocument.diagnostic');
    assert.equal(capabilities.diagnosticProvider.interFileDependencies, true, 'a reply depends on its motion: interFileDependencies must be true');
    assert.equal(capabilities.diagnosticProvider.workspaceDiagnostics, false, 'workspaceDiagnostics');
    assert.ok(typeof capabilities.textDocumentSync === 'object' && capabilities.textDocumentSync.change === 2, 'incremental sync for pull clients too');
  });

  it('shutdown then exit ends the process with exit code 0', async () => {
    const client = await LspClient.start();
    await client.request('shutdown', null);
    await client.notify('exit');
    const status = await client.waitFor('the server process to end after exit', () => client.exitStatus());
    assert.deepEqual(status, { code: 0, signal: null }, `the server must exit with code 0 after shutdown and exit${client.stderr ? `; stderr:\n${client.stderr}` : ''}`);
  });
});

// The entry point VS Code's extension host calls (`--extensionTestsPath`): runs every *.electron.js beside it in
// mocha. The suffix keeps these files out of `npm test`, whose mocha looks for *.test.js.
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function run(): Promise<void> {
  // mocha 12 is an ES module; import() loads it from this CommonJS file.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true, reporter: 'spec' });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed`);
}

function testFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.electron.js') ? [file] : [];
  }).sort();
}

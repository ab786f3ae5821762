// Bundles the command line, the language server and the VS Code client into dist/.
// Type checking is a separate step (`tsc -p .`), as in the esbuild sample.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts', server: 'server/src/server.ts' }, outdir: 'dist' }),
  // VS Code supplies the `vscode` module at run time; bundling it is neither possible nor wanted.
  esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);

import packageJson from '../../../package.json';

/** What the CLI says about itself; esbuild copies these from package.json into the bundle. */
const metadata: { version: string; homepage?: string } = packageJson;

export const VERSION = metadata.version;
/** Only a real address: package.json's homepage, once it has one. */
export const HOMEPAGE = metadata.homepage;

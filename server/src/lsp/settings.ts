import { DEFAULT_CONFIG, parseConfig, type Config } from '../config';

/** What the server works with: the engine's configuration, plus how long to wait before pushing diagnostics. */
export interface ServerSettings {
  config: Config;
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;
const MAX_DEBOUNCE_MS = 5000;

export const DEFAULT_SETTINGS: ServerSettings = { config: DEFAULT_CONFIG, debounceMs: DEFAULT_DEBOUNCE_MS };

/** Settings the editor owns and the server ignores: they are the client's business. */
const CLIENT_ONLY_KEYS = new Set(['languages', 'trace']);

/**
 * Reads the `brieflint` settings section as any editor sends it. Anything unusable falls back to its default and is
 * named in the returned warnings; this never throws.
 */
export function readSettings(section: unknown): { settings: ServerSettings; warnings: string[] } {
  if (section === undefined || section === null) return { settings: DEFAULT_SETTINGS, warnings: [] };
  if (typeof section !== 'object' || Array.isArray(section)) {
    return { settings: DEFAULT_SETTINGS, warnings: ['the `brieflint` settings must be an object; using the defaults'] };
  }
  const warnings: string[] = [];
  const engineSettings: Record<string, unknown> = {};
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  for (const [key, value] of Object.entries(section)) {
    if (key === 'debounceMs') {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DEBOUNCE_MS) debounceMs = value;
      else warnings.push(`\`brieflint.debounceMs\` must be a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}, not ${JSON.stringify(value)}; using ${DEFAULT_DEBOUNCE_MS}`);
    } else if (!CLIENT_ONLY_KEYS.has(key)) engineSettings[key] = value;
  }
  const parsed = parseConfig(engineSettings);
  warnings.push(...parsed.warnings.map((warning) => warning.replace(/`(rules|argumentHeadings)/g, '`brieflint.$1')));
  return { settings: { config: parsed.config, debounceMs }, warnings };
}

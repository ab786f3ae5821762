import { DEFAULT_ARGUMENT_HEADINGS } from './engine/brief';
import { RULE_IDS } from './rules';
import { SEVERITIES, type Severity } from './rules/types';

export type RuleSetting = Severity | 'off';

export interface Config {
  /** Per rule id: its severity, or off. Rules not named keep their default severity. */
  rules: Record<string, RuleSetting>;
  /** Headings that open an argument section. */
  argumentHeadings: readonly string[];
}

export const DEFAULT_CONFIG: Config = { rules: {}, argumentHeadings: DEFAULT_ARGUMENT_HEADINGS };

const RULE_SETTINGS: readonly string[] = ['off', ...SEVERITIES];

/**
 * Reads a configuration value from any source (a config file, editor settings, initialization options).
 * An invalid part falls back to its default and is named in one warning; nothing here throws.
 */
export function parseConfig(value: unknown): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  if (value === undefined || value === null) return { config: DEFAULT_CONFIG, warnings };
  if (!isRecord(value)) {
    return { config: DEFAULT_CONFIG, warnings: ['the configuration must be a mapping with `rules` and `argumentHeadings`; using the defaults'] };
  }
  const rules: Record<string, RuleSetting> = {};
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) warnings.push('`rules` must map rule ids to off, hint, information, warning or error; using the defaults');
    else {
      for (const [id, setting] of Object.entries(value.rules)) {
        if (!RULE_IDS.has(id)) warnings.push(`unknown rule \`${id}\` in \`rules\` (known: ${[...RULE_IDS].join(', ')})`);
        else if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
          warnings.push(`\`rules.${id}\` must be one of ${RULE_SETTINGS.join(', ')}, not ${JSON.stringify(setting)}; using its default`);
        } else rules[id] = setting as RuleSetting;
      }
    }
  }
  let argumentHeadings = DEFAULT_ARGUMENT_HEADINGS;
  if (value.argumentHeadings !== undefined) {
    const headings = value.argumentHeadings;
    if (Array.isArray(headings) && headings.length > 0 && headings.every((h) => typeof h === 'string' && h.trim() !== '')) {
      argumentHeadings = headings.map((h: string) => h.trim());
    } else warnings.push('`argumentHeadings` must be a non-empty list of headings such as ARGUMENT; using the defaults');
  }
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && key !== 'argumentHeadings') warnings.push(`unknown setting \`${key}\` (known: rules, argumentHeadings)`);
  }
  return { config: { rules, argumentHeadings }, warnings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

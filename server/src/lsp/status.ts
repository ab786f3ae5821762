import * as path from 'node:path';
import type { Brief } from '../engine/brief';
import type { LintResult } from '../lint';
import type { BriefStatus } from '../protocol';

const HOW_TO_LINK = 'Name the motion in front matter (`motion: ./motion.md`), or give both briefs the same case number in their captions.';

/** What the status bar shows for a brief: its kind and, for a reply, the motion it is compared with. */
export function briefStatus(result: LintResult, uriOf: (brief: Brief) => string): BriefStatus {
  const { brief, motion } = result;
  const status: BriefStatus = { kind: brief.kind, kindFrom: brief.kindFrom, ...(brief.title ? { title: brief.title.text } : {}) };
  if (motion?.found) status.motion = { found: true, uri: uriOf(motion.motion), name: path.basename(motion.motion.path), via: motion.via };
  else if (motion) status.motion = { found: false, reason: motion.reason, howToLink: HOW_TO_LINK };
  return status;
}

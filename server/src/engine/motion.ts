import type { Brief } from './brief';

/** How a reply's opening motion was found, or why it was not. */
export type MotionLink =
  | { found: true; motion: Brief; via: 'front matter' | 'case number' }
  | { found: false; reason: string };

/**
 * Finds the motion a reply supports: the file its front matter names (`motion: ./motion.md`), else the motion or
 * objection with the same case number among the briefs checked with it — in its own folder first, then the one
 * whose title the reply's title names.
 */
export function findOpeningMotion(reply: Brief, workspace: readonly Brief[]): MotionLink {
  const linked = reply.frontMatter?.motion;
  if (linked) {
    const target = normalisePath(resolveRelative(reply.path, linked));
    const motion = workspace.find((brief) => brief !== reply && normalisePath(brief.path) === target);
    return motion
      ? { found: true, motion, via: 'front matter' }
      : { found: false, reason: `the front matter names the motion "${linked}", but no such file was checked with this reply` };
  }
  const caseNumber = reply.caption.caseNumber;
  if (!caseNumber) {
    return { found: false, reason: 'this reply has no case number and its front matter names no motion' };
  }
  const candidates = workspace.filter((brief) =>
    brief !== reply && brief.caption.caseNumber === caseNumber && (brief.kind === 'motion' || brief.kind === 'objection'));
  if (candidates.length === 0) {
    return { found: false, reason: `no motion or objection in case ${caseNumber} was checked with this reply` };
  }
  const folder = directoryOf(normalisePath(reply.path));
  const sameFolder = candidates.filter((brief) => directoryOf(normalisePath(brief.path)) === folder);
  const pool = sameFolder.length > 0 ? sameFolder : candidates;
  const named = pool.find((brief) => brief.title && reply.title && titleNames(reply.title.text, brief.title.text));
  return { found: true, motion: named ?? pool[0], via: 'case number' };
}

/** A reply's title names its motion: `REPLY IN SUPPORT OF DEFENDANT'S MOTION FOR X` ends with the motion's `MOTION FOR X`. */
function titleNames(replyTitle: string, motionTitle: string): boolean {
  const tail = (title: string) => {
    const upper = title.toUpperCase();
    const at = upper.lastIndexOf('MOTION');
    return at === -1 ? upper : upper.slice(at);
  };
  return tail(replyTitle) === tail(motionTitle);
}

/** Paths and URIs alike: forward slashes, no `.` segments, `..` applied. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/');
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  const scheme = /^[a-z][a-z0-9+.-]*:$/i.test(parts[0] ?? '') && slashed.includes('://');
  if (scheme) return `${parts[0]}//${parts.slice(1).join('/')}`;
  return (absolute ? '/' : '') + parts.join('/');
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function resolveRelative(from: string, relative: string): string {
  if (relative.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(relative)) return relative;
  const folder = directoryOf(from.replace(/\\/g, '/'));
  return folder === '' ? relative : `${folder}/${relative}`;
}

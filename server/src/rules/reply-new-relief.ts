import type { Brief } from '../engine/brief';
import type { Span } from '../engine/text';
import { findReliefRequests, type ReliefRequest } from '../engine/relief';
import type { Fix, Report, RuleContext, RuleModule } from './types';

/** A reply's request repeats the motion's when most of what it asks for is among what the motion asked for. */
const SAME_RELIEF = 0.6;

export const replyNewRelief: RuleModule = {
  id: 'reply-new-relief',
  title: 'A reply must not ask for relief the motion did not request',
  defaultSeverity: 'warning',
  appliesTo: ['reply'],
  source: {
    quote: 'Defendant did not request such relief in its original motion',
    locator: 'n.1',
  },
  messages: {
    newRelief:
      'This reply asks for relief that the motion ({{motion}}) never requested, and a court may refuse to consider relief first raised in a reply: "{{asked}}"',
    answersOpposition:
      'This request is new in the reply (the motion, {{motion}}, did not make it), but it says it answers the opposition: a court may consider matter "directly in response to the opposition". Make sure the response is direct, or ask for this relief by motion.',
    motionNotFound:
      'This reply asks the court for relief, but brieflint could not find the motion to compare it with ({{reason}}). Link the motion with front matter `motion: ./motion.md`, or check the motion and the reply together.',
  },
  fixable: 'suggestion',
  check(brief: Brief, context: RuleContext): Report[] {
    const requests = findReliefRequests(brief);
    const link = context.motion;
    if (!link?.found) {
      const reason = link?.reason ?? 'no motion was linked';
      return requests.map((request) => ({ messageId: 'motionNotFound', data: { reason }, span: request.span, severity: 'information' }));
    }
    const motionTerms = new Set(findReliefRequests(link.motion).flatMap((request) => request.terms));
    const motionName = baseName(link.motion.path);
    return requests.filter((request) => !alreadyRequested(request, motionTerms)).map((request) => ({
      messageId: request.answersOpposition ? 'answersOpposition' : 'newRelief',
      data: { motion: motionName, asked: excerpt(request.text) },
      span: request.span,
      severity: request.answersOpposition ? 'information' : undefined,
      suggestions: [removeRequest(brief, request)],
    }));
  },
};

function alreadyRequested(request: ReliefRequest, motionTerms: ReadonlySet<string>): boolean {
  if (request.terms.length === 0) return true;
  const shared = request.terms.filter((term) => motionTerms.has(term)).length;
  return shared / request.terms.length >= SAME_RELIEF;
}

/**
 * Removes the request's sentence and the space after it, and nothing else. On pleading paper the line breaks and
 * margin numbers inside the sentence stay where they are, so the page keeps its numbered lines.
 */
function removeRequest(brief: Brief, request: ReliefRequest): Fix {
  let end = request.span.end;
  while (end < brief.source.length && (brief.source[end] === ' ' || brief.source[end] === '\t')) end++;
  const spans = brief.form === 'pleading' ? withoutLineBreaksAndMargins(brief, { start: request.span.start, end }) : [{ start: request.span.start, end }];
  return { title: 'Remove this request for new relief', edits: spans.map((span) => ({ span, newText: '' })) };
}

/** The parts of a span on each line after its masked margin (`12  `), line breaks excluded. */
function withoutLineBreaksAndMargins(brief: Brief, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    const newline = brief.source.indexOf('\n', start);
    const inside = newline !== -1 && newline < span.end;
    const lineEnd = !inside ? span.end : brief.source[newline - 1] === '\r' ? newline - 1 : newline;
    if (lineEnd > start) parts.push({ start, end: lineEnd });
    if (!inside) break;
    // Skip the line break, then the margin number and the spaces the mask put in its place.
    let next = newline + 1;
    while (next < span.end && (brief.text[next] === ' ' || brief.text[next] === '\t')) next++;
    start = next;
  }
  return parts;
}

function excerpt(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 137)}…`;
}

function baseName(path: string): string {
  return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
}

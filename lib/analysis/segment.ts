import { isSpace } from './chars';
import type { Span } from './schema';

/** A unit of analysis: a sentence, line or list item, with and without its list marker. */
export interface Unit {
  span: Span;
  content: Span;
  /** Units in the same block (line or paragraph) share context such as a stated growth rate. */
  block: number;
}

// Bullets, numbers, task boxes, Chinese enumerations, ticket keys ("PROJ-881:", "LIN-2207") and up
// to three ticket tags ("[P1][Billing] Refund…").
const LIST_MARKER =
  /^[ \t]*(?:[A-Z][A-Z0-9]{1,9}-\d{1,6}:?[ \t]+|(?:[-*+•·▪◦‣–—]|\d{1,3}[.)]|[a-zA-Z][.)]|\[[ xX]\])[ \t]+(?:\[[^\]\n]{1,24}\][ \t]+){0,3}|\d{1,3}[.)）](?=\p{Script=Han})|[①-⑳]\s*|(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、．]\s*|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]\s*|(?:\[[^\]\n]{1,24}\][ \t]*){0,2}\[[^\]\n]{1,24}\][ \t]+)/u;
/** How far into a line a list marker may reach (three ticket tags fit). */
const MARKER_WINDOW = 80;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
// A full-width terminator ends a sentence anywhere; a Latin one only before space or the end.
const TERMINATOR = /[。！？；!?]+[”’"')）\]]*|\.{3}|…|\.(?=[”’"')\]]*(?:\s|$))[”’"')\]]*/g;
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|inc|ltd|co|no|approx|incl|est|dept|fig|cf|al|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|т\.е|т\.д|т\.п|г|гг|руб|млн|тыс|ул|им|стр)$/iu;
// A single capital before a period is an initial (J. Smith).
const INITIAL = /(?:^|[\s(])\p{Lu}$/u;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return { start, end };
}

function pushUnit(
  units: Unit[],
  text: string,
  start: number,
  end: number,
  block: number,
  allowMarker: boolean,
): void {
  const span = trimSpan(text, start, end);
  if (span.end <= span.start) return;
  let contentStart = span.start;
  if (allowMarker) {
    const marker = LIST_MARKER.exec(
      text.slice(span.start, Math.min(span.end, span.start + MARKER_WINDOW)),
    );
    if (marker && span.start + marker[0].length < span.end)
      contentStart = span.start + marker[0].length;
  }
  const content = trimSpan(text, contentStart, span.end);
  if (content.end > content.start) units.push({ span, content, block });
}

/** Lines: each input line is one unit (the CLI's contract). */
export function segmentLines(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  let block = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); ; m = LINE_BREAK.exec(text)) {
    const end = m ? m.index : text.length;
    pushUnit(units, text, start, end, block++, true);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return units;
}

/** Sentences within lines: what an editor paragraph holds. List markers only start a line. */
export function segmentSentences(text: string): Unit[] {
  const units: Unit[] = [];
  for (const line of segmentLines(text)) {
    const { start: lineStart, end: lineEnd } = line.span;
    const body = text.slice(lineStart, lineEnd);
    // A list marker ("1.", "a)") is not a sentence end: scan after it.
    const marker = LIST_MARKER.exec(body.slice(0, MARKER_WINDOW));
    let from = 0;
    let first = true;
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
      if (marker && m.index < marker[0].length) continue;
      const end = m.index + m[0].length;
      const before = body.slice(Math.max(from, m.index - 8), m.index);
      if (
        m[0][0] === '.' &&
        m[0].length === 1 &&
        (ABBREVIATION.test(before) || INITIAL.test(before))
      )
        continue;
      if (m[0][0] === '.' && /^\s+[a-zа-яё\d]/u.test(body.slice(end, end + 3))) continue; // "approx. 5", "e.g. more"
      pushUnit(units, text, lineStart + from, lineStart + end, line.block, first);
      first = false;
      from = end;
    }
    if (from < body.length) pushUnit(units, text, lineStart + from, lineEnd, line.block, first);
  }
  return units;
}

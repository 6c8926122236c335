/**
 * Single-character tests on hot loops (trimming spans). Each is its regex, decided once per ASCII
 * code at load time and asked again only for other characters: same answers, no regex call for
 * the common case.
 */
function charTest(re: RegExp): (ch: string) => boolean {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return (ch) => {
    const c = ch.charCodeAt(0);
    return c < 128 ? ascii[c] === 1 : re.test(ch);
  };
}

export const isSpace = charTest(/\s/u);
export const isSpaceOrPunct = charTest(/[\s\p{P}]/u);
export const isSpacePunctOrSymbol = charTest(/[\s\p{P}\p{S}]/u);
/** Separators skipped before a clause's first word. */
export const isClauseLead = charTest(/[\s,，、]/u);
/** Characters that open an amount or a quote: kept at a metric's start. */
export const opensAmount = charTest(/[$€£¥₽#"“«(]/u);
/** Characters that close an amount or a quote: kept at a metric's end. */
export const closesAmount = charTest(/[%)"”»]/u);

/** Emoji and pictographs that open a line ("🚀 Launch…", "✅ Ship…"), not currency or math signs. */
const DECORATION =
  /^(?:\p{Extended_Pictographic}|\p{So}|[\u2190-\u21ff]|\u200d|\ufe0f|\p{Emoji_Modifier})/u;

/** The length of a decoration at `i` (one or two code units), or 0. */
export function decorationAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // ASCII and most letters are no decoration: answered without a regex.
  if (code < 0x2000 || (code >= 0x2e80 && code < 0xd800)) return 0;
  const m = DECORATION.exec(text.slice(i, i + 2));
  return m ? m[0].length : 0;
}

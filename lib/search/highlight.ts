// Highlighted words in search results, kept as plain text. PostgreSQL's ts_headline marks the
// words a search matched with markers of our choosing: two control characters that the one text
// rule (lib/validation/text.ts) refuses in everything people write, so no stored text can forge a
// highlight. <Highlighted> (components/ui/highlighted.tsx) turns the marked parts into <mark>
// elements; no HTML is ever built from the text.

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export interface HighlightPart {
  text: string;
  highlighted: boolean;
}

/** Splits marked text into plain and highlighted parts; markers out of place are dropped. */
export function splitHighlights(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let highlighted = false;
  let current = "";
  const flush = () => {
    if (current) parts.push({ text: current, highlighted });
    current = "";
  };
  for (const character of marked) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_STOP) {
      flush();
      highlighted = character === HIGHLIGHT_START;
    } else {
      current += character;
    }
  }
  flush();
  return parts;
}

/** The text without its markers. */
export const withoutHighlights = (marked: string) =>
  splitHighlights(marked)
    .map((part) => part.text)
    .join("");

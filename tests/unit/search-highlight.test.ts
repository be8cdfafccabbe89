import { describe, expect, it } from "vitest";

import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  splitHighlights,
  withoutHighlights,
} from "@/lib/search/highlight";

const marked = (text: string) => `${HIGHLIGHT_START}${text}${HIGHLIGHT_STOP}`;

describe("search highlights", () => {
  it("splits marked text into plain and highlighted parts", () => {
    expect(splitHighlights(`the ${marked("discharge")} ${marked("summary")} arrived`)).toEqual([
      { text: "the ", highlighted: false },
      { text: "discharge", highlighted: true },
      { text: " ", highlighted: false },
      { text: "summary", highlighted: true },
      { text: " arrived", highlighted: false },
    ]);
  });

  it("keeps markup in the text as text, and drops markers out of place", () => {
    const parts = splitHighlights(
      `<b>${marked("<script>")}${HIGHLIGHT_STOP} end${HIGHLIGHT_START}`,
    );
    expect(parts).toEqual([
      { text: "<b>", highlighted: false },
      { text: "<script>", highlighted: true },
      { text: " end", highlighted: false },
    ]);
    expect(withoutHighlights(`a ${marked("b")} c`)).toBe("a b c");
  });
});

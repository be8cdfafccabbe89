import { describe, expect, it } from "vitest";

import { plainText } from "@/lib/markdown/plain-text";

describe("Markdown as plain words", () => {
  it("leaves out marks, link addresses and table rules", () => {
    expect(plainText("## Our **plan**, see [the guide](https://example.org/guide)")).toBe(
      "Our plan, see the guide",
    );
    expect(
      plainText("We wrote a plan:\n\n| Step | Who |\n| --- | :--: |\n| Discharge | Ward |"),
    ).toBe("We wrote a plan: Step Who Discharge Ward");
    expect(plainText("> quoted `code`\n\n- a list")).toBe("quoted code - a list");
  });

  it("keeps a search's highlight markers", () => {
    expect(plainText("a \uE000word\uE001 *here*")).toBe("a \uE000word\uE001 here");
  });
});

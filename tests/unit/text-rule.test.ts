import { describe, expect, it } from "vitest";

import {
  isStorableText,
  optionalText,
  requiredText,
  searchText,
  singleLine,
  UNSTORABLE_TEXT,
} from "@/lib/validation/text";

describe("the one text rule", () => {
  it.each([
    ["a NUL byte", "a\u0000b"],
    ["a bell", "a\u0007b"],
    ["an escape", "a\u001bb"],
    ["a delete", "a\u007fb"],
    ["a C1 control", "a\u0085b"],
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "a\udc00b"],
    ["a surrogate at the end", "ab\ud83c"],
  ])("refuses %s", (_what, value) => {
    expect(isStorableText(value)).toBe(false);
    const parsed = requiredText(100, "Enter it", "Too long").safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT]);
    expect(optionalText(100, "Too long").safeParse(value).success).toBe(false);
    expect(singleLine(100, "Enter it", "Too long").safeParse(value).success).toBe(false);
  });

  it.each([
    ["plain text", "Meridian GP"],
    ["tabs and line breaks", "one\ttwo\r\nthree\n"],
    ["whole emoji and accents", "Café 🏥 naïve"],
    ["an empty string", ""],
  ])("keeps %s", (_what, value) => {
    expect(isStorableText(value)).toBe(true);
  });

  it("still trims, measures and says what is missing", () => {
    const name = requiredText(5, "Enter a name", "Name must be 5 characters or fewer");
    expect(name.parse("  Jo  ")).toBe("Jo");
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Enter a name");
    expect(name.safeParse("Joanna").error?.issues[0]?.message).toBe(
      "Name must be 5 characters or fewer",
    );
    expect(optionalText(10, "Too long").parse("  ")).toBeNull();
    expect(singleLine(20, null, "Too long").parse("  Meridian   GP ")).toBe("Meridian GP");
  });

  it("drops a search that cannot be stored or is too long, instead of failing", () => {
    expect(searchText().parse("  care  ")).toBe("care");
    expect(searchText().parse("\u0000")).toBeUndefined();
    expect(searchText().parse("\ud800")).toBeUndefined();
    expect(searchText(3).parse("care")).toBeUndefined();
  });
});

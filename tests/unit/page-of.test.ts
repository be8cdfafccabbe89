import { describe, expect, it } from "vitest";

import { pageOf } from "@/lib/paging/page-of";

const list = Array.from({ length: 120 }, (_, index) => index + 1);

describe("one page of a list", () => {
  it("slices the page asked for and says how many there are", () => {
    expect(pageOf(list, 2, 50)).toMatchObject({ page: 2, pageCount: 3, total: 120 });
    expect(pageOf(list, 2, 50).items).toEqual(list.slice(50, 100));
    expect(pageOf(list, 3, 50).items).toHaveLength(20);
  });

  it("keeps a page beyond the last, below the first or not a number within the pages", () => {
    expect(pageOf(list, 9, 50).page).toBe(3);
    expect(pageOf(list, 0, 50).page).toBe(1);
    expect(pageOf(list, Number.NaN, 50).page).toBe(1);
    expect(pageOf([], 4, 50)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

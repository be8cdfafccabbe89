import { describe, expect, it } from "vitest";

import { DerivedCache, PerEntry } from "@/lib/db/derived-cache";
import { html, type Markup } from "@/lib/html/markup";

describe("the cache of derived data", () => {
  it("works a value out once for any number of readers at once", async () => {
    const cache = new DerivedCache<number>(10);
    let computed = 0;
    const compute = () => {
      computed += 1;
      return Promise.resolve(42);
    };
    const values = await Promise.all([1, 2, 3].map(() => cache.get("a", compute)));
    expect(values).toEqual([42, 42, 42]);
    expect(computed).toBe(1);
  });

  it("forgets a failure, so the next reader tries again", async () => {
    const cache = new DerivedCache<number>(10);
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", () => Promise.resolve(7))).toBe(7);
  });

  it("lets the least recently used entries go beyond its limit", async () => {
    const cache = new DerivedCache<string>(2);
    await cache.get("a", () => Promise.resolve("a"));
    await cache.get("b", () => Promise.resolve("b"));
    await cache.get("a", () => Promise.resolve("a again"));
    await cache.get("c", () => Promise.resolve("c"));
    expect(cache.peek("b")).toBeUndefined();
    expect(await cache.peek("a")).toBe("a");
    expect(await cache.peek("c")).toBe("c");
  });
});

describe("values made once for each entry of a derived cache", () => {
  it("makes a table once for the same data and key, and again for other data or another key", () => {
    const memo = new PerEntry<{ count: number }, Markup>();
    let made = 0;
    const table = (data: { count: number }) => () => {
      made += 1;
      return html`<td>${data.count}</td>`;
    };
    const first = { count: 1 };
    const changed = { count: 2 };

    expect(String(memo.get(first, "all", table(first)))).toBe("<td>1</td>");
    expect(String(memo.get(first, "all", table(first)))).toBe("<td>1</td>");
    expect(made).toBe(1);

    // New data (a cache's entry after a change) is never answered with the old data's markup.
    expect(String(memo.get(changed, "all", table(changed)))).toBe("<td>2</td>");
    expect(String(memo.get(first, "place", table(first)))).toBe("<td>1</td>");
    expect(made).toBe(3);
  });
});

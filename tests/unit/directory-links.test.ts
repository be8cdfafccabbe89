import { describe, expect, it } from "vitest";

import { directoryHref, exportHref, sortHref } from "@/lib/organisations/directory-links";
import { directoryQuerySchema } from "@/lib/organisations/schemas";

const base = directoryQuerySchema.parse({});

describe("directory links", () => {
  it("leave defaults out of the address", () => {
    expect(directoryHref(base)).toBe("/organisations");
    expect(directoryHref(base, { q: "larch wood", page: 2 })).toBe(
      "/organisations?q=larch+wood&page=2",
    );
  });

  it("sort ascending first, then the other way, from the first page", () => {
    const onPage3 = { ...base, page: 3 };
    expect(sortHref(onPage3, "type")).toBe("/organisations?sort=type");
    expect(sortHref({ ...onPage3, sort: "type" }, "type")).toBe(
      "/organisations?sort=type&order=desc",
    );
    expect(sortHref({ ...base, sort: "type", order: "desc" }, "type")).toBe(
      "/organisations?sort=type",
    );
  });

  it("export the search and filters, every page, to CSV", () => {
    expect(exportHref(base)).toBe("/organisations/export.csv");
    expect(exportHref({ ...base, q: "larch", type: "CARE_HOME", sort: "place", page: 3 })).toBe(
      "/organisations/export.csv?q=larch&type=CARE_HOME&sort=place",
    );
  });
});

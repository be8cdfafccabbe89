import { describe, expect, it } from "vitest";

import { pathwayVersionLabel } from "@/lib/pathways/version-label";

const published = { number: 2, publishedAt: new Date("2026-03-04T10:00:00Z") };
const updatedAt = new Date("2026-03-05T09:00:00Z");

describe("which version of a pathway a page shows", () => {
  it("calls a lead's draft with no change since publishing the published version", () => {
    expect(
      pathwayVersionLabel({ showing: "draft", published, hasUnpublishedChanges: false, updatedAt }),
    ).toBe("Published version 2, 4 March 2026");
  });

  it("calls a draft with changes a draft, and names the version it has moved on from", () => {
    expect(
      pathwayVersionLabel({ showing: "draft", published, hasUnpublishedChanges: true, updatedAt }),
    ).toBe("Draft with changes since published version 2, as it stood on 5 March 2026");
  });

  it("calls a pathway never published a draft", () => {
    expect(
      pathwayVersionLabel({
        showing: "draft",
        published: null,
        hasUnpublishedChanges: true,
        updatedAt,
      }),
    ).toBe("Draft, as it stood on 5 March 2026");
  });

  it("shows the published version when asked for it, whatever the draft holds", () => {
    expect(
      pathwayVersionLabel({
        showing: "published",
        published,
        hasUnpublishedChanges: true,
        updatedAt,
      }),
    ).toBe("Published version 2, 4 March 2026");
  });
});

import { describe, expect, it } from "vitest";

import { navigationFor } from "@/components/layout/navigation";

const labels = (actor: Parameters<typeof navigationFor>[0]) =>
  navigationFor(actor).map((item) => item.label);

describe("the primary navigation by role", () => {
  it("shows the public areas to the anonymous", () => {
    expect(labels(null)).toEqual(["Home", "About"]);
  });

  it("adds the signed-in areas for users, without Data needs, People and Audit", () => {
    expect(labels({ role: "USER" })).toEqual(["Home", "Organisations", "Pathways", "About"]);
  });

  it("adds Data needs, People and Audit for programme leads and platform admins", () => {
    for (const role of ["PROGRAMME_LEAD", "PLATFORM_ADMIN"] as const) {
      expect(labels({ role })).toEqual([
        "Home",
        "Organisations",
        "Pathways",
        "Data needs",
        "People",
        "Audit",
        "About",
      ]);
    }
  });
});

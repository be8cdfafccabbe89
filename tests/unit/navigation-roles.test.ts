import { describe, expect, it } from "vitest";

import { navigationFor } from "@/components/layout/navigation";

const labels = (actor: Parameters<typeof navigationFor>[0]) =>
  navigationFor(actor).map((item) => item.label);

describe("the primary navigation by role", () => {
  it("shows the public areas to the anonymous", () => {
    expect(labels(null)).toEqual(["Home", "About"]);
  });

  it("adds the signed-in areas for users, without Data needs, People and Audit", () => {
    expect(labels({ role: "USER" })).toEqual([
      "Home",
      "Dashboard",
      "Organisations",
      "Pathways",
      "Agreements",
      "Digital maturity",
      "Forums",
      "Lessons",
      "Charter",
      "About",
    ]);
  });

  it("adds Data needs, Interactions, Commitments, People, Audit and Jobs for programme leads", () => {
    expect(labels({ role: "PROGRAMME_LEAD" })).toEqual([
      "Home",
      "Dashboard",
      "Organisations",
      "Pathways",
      "Agreements",
      "Data needs",
      "Digital maturity",
      "Forums",
      "Lessons",
      "Interactions",
      "Commitments",
      "Charter",
      "People",
      "Audit",
      "Jobs",
      "About",
    ]);
  });

  it("adds the Outbox, with its emailed links, for platform admins only", () => {
    expect(labels({ role: "PLATFORM_ADMIN" })).toEqual([
      "Home",
      "Dashboard",
      "Organisations",
      "Pathways",
      "Agreements",
      "Data needs",
      "Digital maturity",
      "Forums",
      "Lessons",
      "Interactions",
      "Commitments",
      "Charter",
      "People",
      "Audit",
      "Outbox",
      "Jobs",
      "About",
    ]);
  });
});

import { describe, expect, it } from "vitest";

import {
  anyOrganisationOfType,
  organisationTypeLabels,
  organisationTypeName,
  organisationTypePluralLabels,
  organisationTypes,
} from "@/lib/organisations/types";

describe("organisation type names", () => {
  it("keeps the capitals of GP in labels, sentences and lanes", () => {
    expect(organisationTypeLabels.GP_PRACTICE).toBe("GP practice");
    expect(organisationTypeName("GP_PRACTICE")).toBe("GP practice");
    expect(organisationTypeName("GP_PRACTICE", { plural: true })).toBe("GP practices");
    expect(anyOrganisationOfType("GP_PRACTICE")).toBe("Any GP practice");
    expect(organisationTypePluralLabels.GP_PRACTICE).toBe("GP practices");
  });

  it("spells every plural as English does, not with a bare s", () => {
    expect(organisationTypeName("PHARMACY", { plural: true })).toBe("pharmacies");
    expect(organisationTypeName("LOCAL_AUTHORITY_ADULT_SOCIAL_CARE", { plural: true })).toBe(
      "local authority adult social care services",
    );
    expect(organisationTypeName("VOLUNTARY_AND_COMMUNITY_SECTOR", { plural: true })).toBe(
      "voluntary and community sector organisations",
    );
    expect(organisationTypePluralLabels.PHARMACY).toBe("Pharmacies");
    for (const type of organisationTypes) {
      const plural = organisationTypeName(type, { plural: true });
      expect(plural, type).not.toMatch(/ys$|cares$|sectors$/);
      expect(plural, type).not.toBe(`${organisationTypeName(type)}`);
    }
  });

  it("writes running text in lower case, apart from proper capitals", () => {
    expect(organisationTypeName("CARE_HOME")).toBe("care home");
    expect(anyOrganisationOfType("CARE_HOME")).toBe("Any care home");
    for (const type of organisationTypes) {
      expect(organisationTypeName(type), type).toMatch(/^(GP |[a-z])/);
      expect(organisationTypeLabels[type], type).toMatch(/^[A-Z]/);
    }
  });

  it("lists every type once, in the order people expect", () => {
    expect(organisationTypes[0]).toBe("ACUTE_TRUST");
    expect(organisationTypes.at(-1)).toBe("OTHER");
    expect(new Set(organisationTypes).size).toBe(14);
    expect(organisationTypeLabels.VOLUNTARY_AND_COMMUNITY_SECTOR).toBe(
      "Voluntary and community sector",
    );
  });
});

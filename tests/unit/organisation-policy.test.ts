import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { organisationPolicy } from "@/lib/organisations/policy";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";

const orgA = randomUUID();
const orgB = randomUUID();

// Roles × actions for organisations. Rows: who; columns: read, create, archive, edit A, edit B.
const matrix = [
  ["member of A", memberOf(orgA), [true, false, false, false, false]],
  ["org admin of A", adminOf(orgA), [true, false, false, true, false]],
  ["org admin of B", adminOf(orgB), [true, false, false, false, true]],
  ["signed-in with no organisation", actor(), [true, false, false, false, false]],
  ["programme lead", lead(), [true, true, true, true, true]],
  ["platform admin", platformAdmin(), [true, true, true, true, true]],
] as const;

describe("who may do what with organisations", () => {
  it.each(matrix)("%s", (_who, who, expected) => {
    expect([
      organisationPolicy.canRead(who),
      organisationPolicy.canCreate(who),
      organisationPolicy.canArchive(who),
      organisationPolicy.canEdit(who, orgA),
      organisationPolicy.canEdit(who, orgB),
    ]).toEqual(expected);
  });
});

// Systems in use, key contacts and places. Columns: systems of A, systems of B, contacts of A,
// contacts of B, add a place.
const recordsMatrix = [
  ["member of A", memberOf(orgA), [false, false, false, false, false]],
  ["org admin of A", adminOf(orgA), [true, false, true, false, false]],
  ["org admin of B", adminOf(orgB), [false, true, false, true, false]],
  ["signed-in with no organisation", actor(), [false, false, false, false, false]],
  ["programme lead", lead(), [true, true, true, true, true]],
  ["platform admin", platformAdmin(), [true, true, true, true, true]],
] as const;

describe("who may change systems, key contacts and places", () => {
  it.each(recordsMatrix)("%s", (_who, who, expected) => {
    expect([
      organisationPolicy.canManageSystems(who, orgA),
      organisationPolicy.canManageSystems(who, orgB),
      organisationPolicy.canManageContacts(who, orgA),
      organisationPolicy.canManageContacts(who, orgB),
      organisationPolicy.canCreatePlace(who),
    ]).toEqual(expected);
  });
});

// CSV files. Columns: export the directory, import organisations.
const csvMatrix = [
  ["member of A", memberOf(orgA), [true, false]],
  ["org admin of A", adminOf(orgA), [true, false]],
  ["signed-in with no organisation", actor(), [true, false]],
  ["programme lead", lead(), [true, true]],
  ["platform admin", platformAdmin(), [true, true]],
] as const;

describe("who may export and import the directory as CSV", () => {
  it.each(csvMatrix)("%s", (_who, who, expected) => {
    expect([organisationPolicy.canExport(who), organisationPolicy.canImport(who)]).toEqual(
      expected,
    );
  });
});

import { randomUUID } from "node:crypto";

import {
  removeContact,
  saveKeyContact,
} from "@/app/organisations/[organisationId]/contacts/actions";
import {
  removeSystem,
  saveSystemInUse,
} from "@/app/organisations/[organisationId]/systems/actions";
import { addOrganisation } from "@/app/organisations/new/actions";
import { addPlace } from "@/app/organisations/places/actions";
import { getPrisma } from "@/lib/db/client";

import { createKeyContact, createSystemInUse } from "../../support/organisation-record-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const system = { category: "EHR", supplier: "Supplier", product: "Product", notes: "" };
const contact = { name: "Sam Jones", role: "IG lead", email: "", phone: "" };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const systemOfA = async (world: World) =>
  createSystemInUse(await getPrisma(), world.organisationA.id);
const contactOfA = async (world: World) =>
  createKeyContact(await getPrisma(), world.organisationA.id);

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const organisationAAdmins = expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed");
// Org admins of B naming A's record under B's address: the record is not B's, so it is not found.
const nobodyUnderB = expect6("sign-in", "denied", "denied", "denied", "denied", "denied");

export const organisationRecordRows = [
  row({
    handler: "app/organisations/new/actions.ts#addOrganisation",
    attempt: "add an organisation",
    expected: leadsOnly,
    run: (world) =>
      addOrganisation({
        name: `New organisation ${randomUUID()}`,
        odsCode: "",
        type: "CARE_HOME",
        placeId: world.placeId,
        engagementCurrent: "UNAWARE",
        address: "",
        postcode: "",
        website: "",
        sizeBand: "",
      }),
    changes: true,
  }),
  row({
    handler: "app/organisations/places/actions.ts#addPlace",
    attempt: "add a place",
    expected: leadsOnly,
    run: () => addPlace({ name: `Place ${randomUUID()}` }),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/systems/actions.ts#saveSystemInUse",
    attempt: "add a system to organisation A",
    expected: organisationAAdmins,
    run: (world) => saveSystemInUse(world.organisationA.id, null, system),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/systems/actions.ts#saveSystemInUse",
    attempt: "change a system of organisation A",
    expected: organisationAAdmins,
    prepare: systemOfA,
    run: (world, existing) => saveSystemInUse(world.organisationA.id, existing.id, system),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/systems/actions.ts#saveSystemInUse",
    attempt: "change organisation A's system through organisation B's address",
    expected: nobodyUnderB,
    prepare: systemOfA,
    run: (world, existing) => saveSystemInUse(world.organisationB.id, existing.id, system),
    auditsDenial: false,
  }),
  row({
    handler: "app/organisations/[organisationId]/systems/actions.ts#removeSystem",
    attempt: "remove a system of organisation A",
    expected: organisationAAdmins,
    prepare: systemOfA,
    run: (world, existing) =>
      removeSystem(form({ organisationId: world.organisationA.id, systemId: existing.id })),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/systems/actions.ts#removeSystem",
    attempt: "remove organisation A's system through organisation B's address",
    expected: nobodyUnderB,
    prepare: systemOfA,
    run: (world, existing) =>
      removeSystem(form({ organisationId: world.organisationB.id, systemId: existing.id })),
    auditsDenial: false,
  }),
  row({
    handler: "app/organisations/[organisationId]/contacts/actions.ts#saveKeyContact",
    attempt: "add a key contact to organisation A",
    expected: organisationAAdmins,
    run: (world) => saveKeyContact(world.organisationA.id, null, contact),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/contacts/actions.ts#saveKeyContact",
    attempt: "change a key contact of organisation A",
    expected: organisationAAdmins,
    prepare: contactOfA,
    run: (world, existing) => saveKeyContact(world.organisationA.id, existing.id, contact),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/contacts/actions.ts#saveKeyContact",
    attempt: "change organisation A's key contact through organisation B's address",
    expected: nobodyUnderB,
    prepare: contactOfA,
    run: (world, existing) => saveKeyContact(world.organisationB.id, existing.id, contact),
    auditsDenial: false,
  }),
  row({
    handler: "app/organisations/[organisationId]/contacts/actions.ts#removeContact",
    attempt: "remove a key contact of organisation A",
    expected: organisationAAdmins,
    prepare: contactOfA,
    run: (world, existing) =>
      removeContact(form({ organisationId: world.organisationA.id, contactId: existing.id })),
    changes: true,
  }),
];

import { GET as healthGet } from "@/app/api/health/route";
import { archiveOrganisation } from "@/app/organisations/[organisationId]/actions";
import { saveOrganisationDetails } from "@/app/organisations/[organisationId]/edit/actions";

import { row } from "./row";
import { expect6, type World } from "./world";

const details = (world: World, name: string) => ({
  name,
  odsCode: "",
  type: "GP_PRACTICE",
  placeId: world.placeId,
  engagementCurrent: "NEUTRAL",
  address: "",
  postcode: "",
  website: "",
  sizeBand: "",
});

const archiveForm = (organisationId: string) => {
  const form = new FormData();
  form.set("organisationId", organisationId);
  form.set("archived", "true");
  return form;
};

export const organisationRows = [
  row({
    handler: "app/organisations/[organisationId]/edit/actions.ts#saveOrganisationDetails",
    attempt: "change organisation A's details",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    run: (world) =>
      saveOrganisationDetails(world.organisationA.id, details(world, "Renamed practice")),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/edit/actions.ts#saveOrganisationDetails",
    attempt: "change organisation B's details",
    expected: expect6("sign-in", "denied", "denied", "allowed", "allowed", "allowed"),
    run: (world) =>
      saveOrganisationDetails(world.organisationB.id, details(world, "Renamed practice")),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/actions.ts#archiveOrganisation",
    attempt: "archive organisation A",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    run: (world) => archiveOrganisation(archiveForm(world.organisationA.id)),
    changes: true,
  }),
  row({
    handler: "app/api/health/route.ts#GET",
    attempt: "read the health report (public by design)",
    expected: expect6("allowed", "allowed", "allowed", "allowed", "allowed", "allowed"),
    run: () => healthGet(),
  }),
];

import { GET as getFlowsCsv } from "@/app/pathways/[pathwayId]/export/flows.csv/route";
import { GET as getMapPng } from "@/app/pathways/[pathwayId]/export/map.png/route";
import { GET as getMapSvg } from "@/app/pathways/[pathwayId]/export/map.svg/route";
import { GET as getBpmn } from "@/app/pathways/[pathwayId]/export/pathway.bpmn/route";
import { GET as getJson } from "@/app/pathways/[pathwayId]/export/pathway.json/route";
import { GET as getMapData } from "@/app/pathways/[pathwayId]/map-data/route";
import { importPathway } from "@/app/pathways/import/actions";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { row } from "./row";
import { expect6, type World } from "./world";

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const everyone = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");

/** A pathway file with one lane, any GP practice, and two steps joined by one flow. */
const pathwayFile = () =>
  JSON.stringify({
    format: "coalition-pathway",
    version: 1,
    pathway: { name: "Imported pathway", population: "Everyone", purpose: "Testing access" },
    lanes: [{ key: "gp", organisation: null, organisationType: "GP_PRACTICE" }],
    steps: [
      { key: "a", name: "Refer", performerRole: "GP", lane: "gp" },
      { key: "b", name: "Review", performerRole: "Practice nurse", lane: "gp" },
    ],
    flows: [
      {
        from: "a",
        to: "b",
        dataCategories: ["Person demographics"],
        purpose: "Review",
        timeliness: "SAME_DAY",
        mechanism: "API",
        currentState: "MANUAL",
      },
    ],
  });

const upload = () => {
  const data = new FormData();
  data.set("file", new File([pathwayFile()], "pathway.json", { type: "application/json" }));
  return data;
};

/** A draft pathway with one step in organisation A's lane. */
async function draftPathway(world: World) {
  const lead = world.actors.lead;
  const { id } = await createPathway(lead, {
    name: "Access pathway",
    population: "Everyone",
    purpose: "Testing access",
  });
  await addStep(lead, id, {
    name: "Visit",
    lane: `org:${world.organisationA.id}`,
    performerRole: "District nurse",
  });
  return { id };
}

async function publishedPathway(world: World) {
  const pathway = await draftPathway(world);
  await publishPathway(world.actors.lead, pathway.id);
  return pathway;
}

const exportRoutes = [
  ["flows.csv", getFlowsCsv],
  ["map.svg", getMapSvg],
  ["map.png", getMapPng],
  ["pathway.bpmn", getBpmn],
  ["pathway.json", getJson],
] as const;

const get = (handler: (typeof exportRoutes)[number][1], format: string, pathwayId: string) =>
  handler(new Request(`http://localhost/pathways/${pathwayId}/export/${format}`), {
    params: Promise.resolve({ pathwayId }),
  });

const getMap = (pathwayId: string, version = "") =>
  getMapData(new Request(`http://localhost/pathways/${pathwayId}/map-data${version}`), {
    params: Promise.resolve({ pathwayId }),
  });

export const pathwayExportRows = [
  row({
    handler: "app/pathways/[pathwayId]/map-data/route.ts#GET",
    attempt: "read a draft pathway's map data",
    expected: leadsOnly,
    prepare: draftPathway,
    run: (_world, pathway) => getMap(pathway.id),
    auditsDenial: false,
  }),
  row({
    handler: "app/pathways/[pathwayId]/map-data/route.ts#GET",
    attempt: "read a published pathway's map data",
    expected: everyone,
    prepare: publishedPathway,
    run: (_world, pathway) => getMap(pathway.id, "?version=published"),
  }),
  row({
    handler: "app/pathways/import/actions.ts#importPathway",
    attempt: "import a pathway file",
    expected: leadsOnly,
    run: () => importPathway(null, upload()),
    changes: true,
  }),
  ...exportRoutes.flatMap(([format, handler]) => [
    row({
      handler: `app/pathways/[pathwayId]/export/${format}/route.ts#GET`,
      attempt: `export a draft pathway as ${format}`,
      // Drafts are the leads' alone: to anyone else they do not exist.
      expected: leadsOnly,
      prepare: draftPathway,
      run: (_world, pathway) => get(handler, format, pathway.id),
      auditsDenial: false,
    }),
    row({
      handler: `app/pathways/[pathwayId]/export/${format}/route.ts#GET`,
      attempt: `export a published pathway as ${format}`,
      expected: everyone,
      prepare: publishedPathway,
      run: (_world, pathway) => get(handler, format, pathway.id),
    }),
  ]),
];

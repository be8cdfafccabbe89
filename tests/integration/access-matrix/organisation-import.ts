import { GET as exportGet } from "@/app/organisations/export.csv/route";
import { importOrganisations } from "@/app/organisations/import/actions";
import { GET as templateGet } from "@/app/organisations/import/template.csv/route";
import { getPrisma } from "@/lib/db/client";
import { previewOrganisationImport } from "@/lib/organisations/import-organisations";

import { row } from "./row";
import { expect6, type World } from "./world";

const LEADS_ONLY = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const SIGNED_IN = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");

/** A file that adds one organisation to the world's place and renames organisation A. */
async function importFile(world: World): Promise<string> {
  const place = await (await getPrisma()).place.findUniqueOrThrow({ where: { id: world.placeId } });
  const odsCode = `Q${world.organisationA.id.slice(0, 5).toUpperCase()}`;
  const organisationA = await (
    await getPrisma()
  ).organisation.findUniqueOrThrow({ where: { id: world.organisationA.id } });
  return [
    "ODS code,Name,Type,Place",
    `${odsCode},Imported Lodge,Care home,${place.name}`,
    `${organisationA.odsCode ?? ""},Renamed by import,GP practice,${place.name}`,
  ].join("\n");
}

function form(fields: Record<string, string | Blob>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

export const organisationImportRows = [
  row({
    handler: "app/organisations/import/actions.ts#importOrganisations",
    attempt: "preview an import from a CSV file",
    expected: LEADS_ONLY,
    prepare: importFile,
    run: (_world, csv: string) =>
      importOrganisations(null, form({ intent: "preview", file: new Blob([csv]) })),
  }),
  row({
    handler: "app/organisations/import/actions.ts#importOrganisations",
    attempt: "import organisations from a previewed CSV file",
    expected: LEADS_ONLY,
    prepare: async (world) => {
      const csv = await importFile(world);
      const { fingerprint } = await previewOrganisationImport(world.actors.lead, new Blob([csv]));
      return { csv, fingerprint };
    },
    run: (_world, { csv, fingerprint }: { csv: string; fingerprint: string }) =>
      importOrganisations(null, form({ intent: "import", csv, fingerprint })),
    changes: true,
  }),
  row({
    handler: "app/organisations/export.csv/route.ts#GET",
    attempt: "export the directory to CSV",
    expected: SIGNED_IN,
    run: () => exportGet(new Request("http://localhost/organisations/export.csv?type=GP_PRACTICE")),
  }),
  row({
    handler: "app/organisations/import/template.csv/route.ts#GET",
    attempt: "download the import's template CSV",
    expected: SIGNED_IN,
    run: () => templateGet(),
  }),
];

import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { OrganisationImport } from "@/components/organisations/organisation-import";
import { requireActor } from "@/lib/auth/require-actor";
import { organisationPolicy } from "@/lib/organisations/policy";
import { engagementLevelLabels } from "@/lib/engagement/labels";
import { organisationTypeLabels, sizeBandLabels } from "@/lib/organisations/types";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Import organisations" };

const columns: { heading: string; alsoRead: string; meaning: string }[] = [
  {
    heading: "ODS code",
    alsoRead: "Organisation code, Code, OrgId",
    meaning: "Rows with an ODS code update the organisation with that code, or add one.",
  },
  {
    heading: "Name",
    alsoRead: "Organisation name",
    meaning:
      "Required. A row with no ODS code updates the organisation of that name that has none, or adds one if no organisation has that name.",
  },
  {
    heading: "Type",
    alsoRead: "Role, Primary role, Organisation type",
    meaning: `One of: ${Object.values(organisationTypeLabels).join(", ")}. ODS role names such as GP PRACTICE are read too; NHS TRUST is not, as it could be any kind of trust.`,
  },
  {
    heading: "Place",
    alsoRead: "Locality",
    meaning: "The name of a place already in the coalition.",
  },
  {
    heading: "Engagement",
    alsoRead: "Engagement status, Engagement level",
    meaning: `The engagement now, one of: ${Object.values(engagementLevelLabels).join(", ")}. Blank means unaware. A change is noted in the organisation's engagement history.`,
  },
  {
    heading: "Address",
    alsoRead: "Address line 1 to 5, Town, County (joined)",
    meaning: "Up to 300 characters.",
  },
  { heading: "Postcode", alsoRead: "Post code", meaning: "A UK postcode, such as LS1 4AP." },
  { heading: "Website", alsoRead: "URL", meaning: "Starting with https:// or http://." },
  {
    heading: "Size",
    alsoRead: "Size band, Headcount",
    meaning: `One of: ${Object.values(sizeBandLabels).join(", ")}.`,
  },
];

export default async function ImportOrganisationsPage() {
  const actor = await requireActor("/organisations/import");
  if (!organisationPolicy.canImport(actor)) await denyAccess(actor, "organisation.import");
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/organisations">Back to organisations</Link>
      </p>
      <h1>Import organisations</h1>
      <p className="nhs-lede">
        Add and update organisations from a CSV file, such as an export of the directory or of the
        Organisation Data Service (ODS).
      </p>
      <p>
        The first row names the columns, in any order and any case; other columns are ignored. A
        column the file leaves out keeps each organisation&apos;s current value.{" "}
        <a href="/organisations/import/template.csv" download>
          Download the template (CSV)
        </a>
        .
      </p>
      <details className="nhs-card">
        <summary className="cursor-pointer font-bold">Columns the import reads</summary>
        <ScrollRegion label="Columns the import reads">
          <table className="nhs-table mt-4">
            <caption className="sr-only">Columns the import reads</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Also read from</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((column) => (
                <tr key={column.heading}>
                  <th scope="row">{column.heading}</th>
                  <td>{column.alsoRead}</td>
                  <td>{column.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
      <OrganisationImport />
    </div>
  );
}

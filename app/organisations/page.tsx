import Link from "@/components/ui/link";

import { DirectoryFilters } from "@/components/organisations/directory-filters";
import { DirectoryTable } from "@/components/organisations/directory-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { directoryHref, exportHref } from "@/lib/organisations/directory-links";
import { listOrganisations, listPlaces } from "@/lib/organisations/list-organisations";
import { organisationPolicy } from "@/lib/organisations/policy";
import { DIRECTORY_PAGE_SIZE, directoryQuerySchema } from "@/lib/organisations/schemas";

export const metadata = { title: "Organisations" };

export default async function OrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/organisations");
  const query = directoryQuerySchema.parse(await searchParams);
  const [directory, places] = await Promise.all([listOrganisations(actor, query), listPlaces()]);
  return (
    <>
      <h1>Organisations</h1>
      <p className="nhs-lede">
        The organisations in the coalition, the systems they run and who to talk to.
      </p>
      {organisationPolicy.canCreate(actor) ? (
        <p className="flex flex-wrap items-center gap-6">
          <Link href="/organisations/new" className="nhs-button">
            Add an organisation
          </Link>
          {organisationPolicy.canCreatePlace(actor) ? (
            <Link href="/organisations/places">Places</Link>
          ) : null}
          {organisationPolicy.canImport(actor) ? (
            <Link href="/organisations/import">Import from CSV</Link>
          ) : null}
        </p>
      ) : null}
      <DirectoryFilters
        query={query}
        places={places}
        showStatus={organisationPolicy.canSeeArchived(actor)}
      />
      {organisationPolicy.canExport(actor) ? (
        <p>
          <a href={exportHref(query)} download>
            Export to CSV
          </a>{" "}
          <span className="nhs-secondary-text">
            (every page of this search, archived organisations left out)
          </span>
        </p>
      ) : null}
      <DirectoryTable directory={directory} query={query} />
      <Pagination
        page={directory.page}
        pageCount={directory.pageCount}
        total={directory.total}
        pageSize={DIRECTORY_PAGE_SIZE}
        noun="organisations"
        hrefFor={(page) => directoryHref(query, { page })}
      />
    </>
  );
}

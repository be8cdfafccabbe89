import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { NeedsTable } from "@/components/data-needs/needs-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { needsSortHref, organisationNeedsHref } from "@/lib/data-needs/links";
import { listOrganisationNeeds } from "@/lib/data-needs/list-organisation-needs";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { DATA_NEEDS_PAGE_SIZE, organisationNeedsQuerySchema } from "@/lib/data-needs/schemas";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

export const metadata = { title: "Data needs" };

export default async function OrganisationDataNeedsPage({
  params,
  searchParams,
}: {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/data-needs`);
  if (!isId(organisationId)) notFound();
  if (!dataNeedPolicy.canReadOrganisation(actor, organisationId)) {
    await denyAccess(actor, "data_need.list");
  }
  const query = organisationNeedsQuerySchema.parse(await searchParams);
  const result = await listOrganisationNeeds(actor, organisationId, query);
  if (!result) notFound();
  const { organisation, own, fromIt, canEdit } = result;
  const base = `/organisations/${organisation.id}/data-needs`;
  return (
    <>
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}`}>Back to {organisation.name}</Link>
      </p>
      <h1>Data needs of {organisation.name}</h1>
      <p className="nhs-lede">
        The data its teams need from other organisations, how soon, and how far each need is met
        today.
      </p>
      {canEdit ? (
        <p>
          <Link href={`${base}/new`} className="nhs-button">
            Record a data need
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="own-needs-heading" className="mb-8">
        <h2 id="own-needs-heading">What {organisation.name} needs</h2>
        {own.total === 0 ? (
          <p>No data needs recorded yet.</p>
        ) : (
          <>
            <NeedsTable
              caption={`Data needs of ${organisation.name}`}
              needs={own.needs}
              sortControl={{
                sort: query.sort,
                order: query.order,
                hrefFor: (sort) => needsSortHref(organisation.id, query, sort),
              }}
              actions={
                canEdit
                  ? (need) => (
                      <ul className="flex flex-wrap gap-x-4">
                        <li>
                          <Link href={`${base}/${need.id}/edit`}>
                            Change
                            <span className="sr-only">
                              {` ${need.dataCategory.name} for ${need.teamOrRole}`}
                            </span>
                          </Link>
                        </li>
                        <li>
                          <Link href={`${base}/${need.id}/remove`}>
                            Remove
                            <span className="sr-only">
                              {` ${need.dataCategory.name} for ${need.teamOrRole}`}
                            </span>
                          </Link>
                        </li>
                      </ul>
                    )
                  : undefined
              }
            />
            <Pagination
              page={own.page}
              pageCount={own.pageCount}
              total={own.total}
              pageSize={DATA_NEEDS_PAGE_SIZE}
              noun="data needs"
              hrefFor={(page) => organisationNeedsHref(organisation.id, query, { page })}
            />
          </>
        )}
      </section>

      <section aria-labelledby="needs-from-heading" className="mb-8">
        <h2 id="needs-from-heading">What others need from {organisation.name}</h2>
        <p>
          Needs of other organisations for data from {organisation.name}, or from any organisation
          of its type.
        </p>
        {fromIt.total === 0 ? (
          <p>No other organisation has recorded a need for data from it yet.</p>
        ) : (
          <>
            <NeedsTable
              caption={`What others need from ${organisation.name}`}
              needs={fromIt.needs}
              needer
            />
            <Pagination
              page={fromIt.page}
              pageCount={fromIt.pageCount}
              total={fromIt.total}
              pageSize={DATA_NEEDS_PAGE_SIZE}
              noun="needs of others"
              hrefFor={(fromPage) => organisationNeedsHref(organisation.id, query, { fromPage })}
            />
          </>
        )}
      </section>
    </>
  );
}

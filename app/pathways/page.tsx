import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { ReadinessTag } from "@/components/pathways/readiness-tag";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listPathways } from "@/lib/pathways/list-pathways";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { pathwayStatusLabels } from "@/lib/pathways/types";

export const metadata = { title: "Pathways" };

export default async function PathwaysPage({
  searchParams,
}: {
  searchParams: Promise<{ archived?: string; page?: string }>;
}) {
  const actor = await requireActor("/pathways");
  const query = await searchParams;
  const archived = query.archived === "1";
  const editor = pathwayPolicy.canSeeDrafts(actor);
  const list = await listPathways(actor, { archived, page: Number(query.page) || 1 });
  const hrefFor = (page: number) => `/pathways?${archived ? "archived=1&" : ""}page=${page}`;
  return (
    <div>
      <h1>{archived ? "Archived pathways" : "Pathways"}</h1>
      <p className="nhs-lede">
        Shared care pathways: which organisation does what, and what information must flow between
        them. Those most likely to break come first.
      </p>
      {editor ? (
        <ul className="mb-6 flex flex-wrap items-center gap-6">
          <li>
            <Link href="/pathways/new" className="nhs-button">
              Start a pathway
            </Link>
          </li>
          <li>
            <Link href="/pathways/import">Import a pathway file</Link>
          </li>
          <li>
            <Link href="/data-categories">Kinds of data</Link>
          </li>
          <li>
            {archived ? (
              <Link href="/pathways">Current pathways</Link>
            ) : (
              <Link href="/pathways?archived=1">Archived pathways</Link>
            )}
          </li>
        </ul>
      ) : null}
      {list.items.length === 0 ? (
        <p className="nhs-card">
          {editor ? "No pathways yet." : "No pathways have been published yet."}
        </p>
      ) : (
        <ScrollRegion label="Pathways by readiness">
          <table className="nhs-table">
            <caption className="sr-only">Pathways by readiness</caption>
            <thead>
              <tr>
                <th scope="col">Pathway</th>
                {editor ? <th scope="col">Status</th> : null}
                <th scope="col">Readiness</th>
                <th scope="col">Flows</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link href={`/pathways/${item.id}`}>{item.name}</Link>
                    <span className="block text-base nhs-secondary-text">
                      {item.population}. {item.steps} steps across {item.organisations}{" "}
                      {item.organisations === 1 ? "lane" : "lanes"}.
                    </span>
                  </td>
                  {editor ? <td>{pathwayStatusLabels[item.status]}</td> : null}
                  <td>
                    <ReadinessTag status={item.readiness.overall} />
                  </td>
                  <td className="text-base">
                    {item.readiness.counts.BLOCKED} blocked, {item.readiness.counts.AT_RISK} at
                    risk, {item.readiness.counts.READY} ready
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {list.total > list.pageSize ? (
        <Pagination
          page={list.page}
          pageCount={Math.ceil(list.total / list.pageSize)}
          total={list.total}
          pageSize={list.pageSize}
          hrefFor={hrefFor}
          noun="pathways"
        />
      ) : null}
    </div>
  );
}

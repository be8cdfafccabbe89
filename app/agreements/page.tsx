import Link from "@/components/ui/link";

import { RegisterFilters } from "@/components/agreements/register-filters";
import { RegisterTable } from "@/components/agreements/register-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { Pagination } from "@/components/ui/pagination";
import { registerExportHref, registerHref } from "@/lib/agreements/links";
import { listAgreements } from "@/lib/agreements/list-agreements";
import { agreementPolicy } from "@/lib/agreements/policy";
import { agreementRegisterQuerySchema } from "@/lib/agreements/schemas";
import { isProgrammeLead } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";

export const metadata = { title: "Data sharing agreements" };

export default async function AgreementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/agreements");
  const query = agreementRegisterQuerySchema.parse(await searchParams);
  const register = await listAgreements(await getPrisma(), actor, query);
  const pageCount = Math.max(1, Math.ceil(register.total / register.pageSize));
  return (
    <WideLayout>
      <h1>Data sharing agreements</h1>
      <p className="nhs-lede">
        The coalition&apos;s register of agreements: who shares what with whom, on which legal
        basis, and where each agreement stands.
      </p>
      {agreementPolicy.canCreate(actor) ? (
        <p>
          <Link href="/agreements/new" className="nhs-button">
            Start an agreement
          </Link>
        </p>
      ) : null}
      <ul className="mb-6 list-none pl-0">
        {isProgrammeLead(actor) ? (
          <li>
            <Link href="/agreements/coverage">
              Coverage across the coalition: which organisations share flows under which agreements
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/public/agreements">The public register of published agreements</Link>
        </li>
      </ul>
      <RegisterFilters
        query={query}
        parties={register.partyOptions}
        chosenParty={register.chosenParty}
      />
      <p>
        <a href={registerExportHref(query)} download>
          Export to CSV
        </a>{" "}
        <span className="nhs-secondary-text">(every page of this search)</span>
      </p>
      <RegisterTable rows={register.rows} query={query} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        total={register.total}
        pageSize={register.pageSize}
        noun="agreements"
        hrefFor={(page) => registerHref(query, { page })}
      />
    </WideLayout>
  );
}

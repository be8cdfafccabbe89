import Link from "next/link";

import { NewRoundForm } from "@/components/maturity/assessments/round-form";
import { requireActor } from "@/lib/auth/require-actor";
import { maturityPolicy } from "@/lib/maturity/policy";
import { dayValue } from "@/lib/maturity/labels";
import { listRoundFormOptions } from "@/lib/maturity/rounds/list-round-form-options";
import { utcToday } from "@/lib/maturity/rounds/phase";
import { roundOrganisationSearchSchema } from "@/lib/maturity/schemas";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Open an assessment round" };

export default async function NewRoundPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/maturity/rounds/new");
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_round.open");
  const { q } = roundOrganisationSearchSchema.parse(await searchParams);
  const options = await listRoundFormOptions(actor, q);
  const today = utcToday();
  const inFourWeeks = new Date(today.getTime() + 28 * 24 * 60 * 60 * 1000);
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/maturity">Back to digital maturity</Link>
      </p>
      <h1>Open an assessment round</h1>
      <p>
        Every organisation invited gets an assessment to answer between the days the round opens and
        closes.
      </p>
      {options.frameworks.length === 0 ? (
        <p className="nhs-card" role="status">
          There is no framework to assess against yet.{" "}
          <Link href="/maturity/frameworks">Add a framework</Link> first.
        </p>
      ) : (
        <>
          <form method="get" className="nhs-card" role="search" aria-label="Organisations">
            <label htmlFor="q" className="mb-1 block font-bold">
              Find organisations to choose from
            </label>
            <div className="flex flex-wrap items-center gap-4">
              <input
                id="q"
                name="q"
                type="search"
                defaultValue={q ?? ""}
                className="block w-full max-w-[24rem] border-2 border-nhs-text bg-white px-2 py-2"
              />
              <button type="submit" className="nhs-button nhs-button-secondary">
                Search
              </button>
            </div>
            <p className="mb-0 mt-2 text-nhs-secondary">
              {q
                ? `${options.organisations.length + options.more} organisations match “${q}”.`
                : "Narrow the list of organisations by name or ODS code."}
              {options.more > 0 ? ` The first ${options.organisations.length} are listed.` : ""}
            </p>
          </form>
          <NewRoundForm
            frameworks={options.frameworks}
            organisations={options.organisations}
            defaults={{
              name: "",
              frameworkId: "",
              invitedTypes: [],
              organisationIds: [],
              opensOn: dayValue(today),
              closesOn: dayValue(inFourWeeks),
            }}
          />
        </>
      )}
    </div>
  );
}

import Link from "@/components/ui/link";

import { NewRoundForm } from "@/components/maturity/assessments/round-form";
import { requireActor } from "@/lib/auth/require-actor";
import { maturityPolicy } from "@/lib/maturity/policy";
import { dayValue } from "@/lib/maturity/labels";
import { listRoundFormOptions } from "@/lib/maturity/rounds/list-round-form-options";
import { utcToday } from "@/lib/maturity/rounds/phase";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Open an assessment round" };

export default async function NewRoundPage() {
  const actor = await requireActor("/maturity/rounds/new");
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_round.open");
  const options = await listRoundFormOptions(actor);
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

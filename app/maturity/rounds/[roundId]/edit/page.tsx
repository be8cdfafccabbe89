import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { EditRoundForm } from "@/components/maturity/assessments/round-form";
import { requireActor } from "@/lib/auth/require-actor";
import { dayValue } from "@/lib/maturity/labels";
import { maturityPolicy } from "@/lib/maturity/policy";
import { getRoundDetails } from "@/lib/maturity/rounds/get-round";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Change an assessment round" };

export default async function EditRoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requireActor(`/maturity/rounds/${roundId}/edit`);
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_round.update");
  const round = await getRoundDetails(actor, roundId);
  if (!round) notFound();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/maturity/rounds/${round.id}`}>Back to {round.name}</Link>
      </p>
      <h1>Change {round.name}</h1>
      <p>
        Moving the closing day later lets organisations go on answering; moving it earlier makes
        their answers read-only sooner. Who is invited stays as it is.
      </p>
      <EditRoundForm
        roundId={round.id}
        defaults={{
          name: round.name,
          opensOn: dayValue(round.opensOn),
          closesOn: dayValue(round.closesOn),
          version: round.version,
        }}
      />
    </div>
  );
}

import Link from "@/components/ui/link";

import { InteractionForm } from "@/components/interactions/interaction-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getInteractionFormOptions } from "@/lib/interactions/form-data";
import { interactionPolicy } from "@/lib/interactions/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Log an interaction" };

export default async function NewInteractionPage() {
  const actor = await requireActor("/interactions/new");
  if (!interactionPolicy.canLog(actor)) await denyAccess(actor, "interaction.log");
  const options = await getInteractionFormOptions(actor);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/interactions">Back to interactions</Link>
      </p>
      <h1>Log an interaction</h1>
      <InteractionForm
        {...options}
        defaults={{
          kind: "MEETING",
          occurredOn: today,
          direction: "OUTBOUND",
          organisationIds: [],
          personIds: [],
          summary: "",
          sentiment: "NEUTRAL",
          followUp: "",
          commitments: [],
        }}
      />
    </div>
  );
}

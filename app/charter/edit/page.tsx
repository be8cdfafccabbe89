import Link from "@/components/ui/link";

import { CharterForm } from "@/components/charter/charter-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getCharter } from "@/lib/charter/get-charter";
import { charterPolicy } from "@/lib/charter/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Publish a new version of the charter" };

export default async function EditCharterPage() {
  const actor = await requireActor("/charter/edit");
  if (!charterPolicy.canPublish(actor)) await denyAccess(actor, "charter.publish");
  const { current } = await getCharter(actor);
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/charter">Back to the charter</Link>
      </p>
      <h1>Publish a new version of the charter</h1>
      <p>
        The new version becomes the current one. Earlier versions and their endorsements are kept;
        organisations are asked to endorse the new one.
      </p>
      <CharterForm
        basedOn={current?.number ?? 0}
        defaults={{ text: current?.text ?? "", changeNote: "" }}
      />
    </div>
  );
}

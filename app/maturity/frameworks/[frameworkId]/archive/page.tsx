import { notFound } from "next/navigation";

import { archiveFrameworkConfirmed } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { requireActor } from "@/lib/auth/require-actor";
import { getFramework } from "@/lib/maturity/frameworks/get-framework";
import { maturityPolicy } from "@/lib/maturity/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Archive or restore a framework" };

export default async function ArchiveFrameworkPage({
  params,
}: {
  params: Promise<{ frameworkId: string }>;
}) {
  const { frameworkId } = await params;
  const actor = await requireActor(`/maturity/frameworks/${frameworkId}/archive`);
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_framework.archive");
  const view = await getFramework(actor, frameworkId);
  if (!view) notFound();
  const archived = Boolean(view.archivedAt);
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>
        {archived ? "Restore" : "Archive"} {view.name}?
      </h1>
      <p>
        {archived
          ? "The framework is offered for new rounds again, and leads can change it."
          : "The framework is offered for no new round and can no longer be changed. Rounds that use it keep their versions, and you can restore it."}
      </p>
      <ConfirmChange
        action={archiveFrameworkConfirmed}
        hiddenFields={{ frameworkId: view.id, archived: String(!archived) }}
        buttonLabel={archived ? "Restore framework" : "Archive framework"}
        cancelHref={`/maturity/frameworks/${view.id}`}
        danger={!archived}
      />
    </div>
  );
}

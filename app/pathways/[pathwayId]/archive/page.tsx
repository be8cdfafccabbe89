import { notFound } from "next/navigation";

import { archiveConfirmed } from "@/app/pathways/[pathwayId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { requireActor } from "@/lib/auth/require-actor";
import { getPathway } from "@/lib/pathways/get-pathway";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Archive or restore a pathway" };

export default async function ArchivePathwayPage({
  params,
}: {
  params: Promise<{ pathwayId: string }>;
}) {
  const { pathwayId } = await params;
  const actor = await requireActor(`/pathways/${pathwayId}/archive`);
  if (!pathwayPolicy.canEdit(actor)) await denyAccess(actor, "pathway.archive");
  const view = await getPathway(actor, pathwayId);
  if (!view) notFound();
  const archived = view.status === "ARCHIVED";
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}`}>Back to {view.content.name}</BackLink>
      <h1>
        {archived ? "Restore" : "Archive"} {view.content.name}?
      </h1>
      <p>
        {archived
          ? "The pathway returns to the coalition's list, and leads can change it again."
          : "The pathway leaves the coalition's list and can no longer be changed. Its versions and history are kept, and you can restore it."}
      </p>
      <ConfirmChange
        action={archiveConfirmed}
        hiddenFields={{ pathwayId: view.id, archived: String(!archived) }}
        buttonLabel={archived ? "Restore pathway" : "Archive pathway"}
        cancelHref={`/pathways/${view.id}`}
        danger={!archived}
      />
    </div>
  );
}

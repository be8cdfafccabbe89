import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { SystemForm } from "@/components/organisations/system-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationHeading } from "@/lib/organisations/get-organisation-heading";
import { getPrisma } from "@/lib/db/client";
import { listSystemSuggestions } from "@/lib/organisations/list-system-suggestions";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Add a system" };

export default async function AddSystemPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/systems/new`);
  const organisation = await getOrganisationHeading(actor, organisationId);
  if (!organisation) notFound();
  if (!organisationPolicy.canManageSystems(actor, organisation.id)) {
    await denyAccess(actor, "system.add");
  }
  const suggestions = await listSystemSuggestions(await getPrisma());
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}`}>Back to {organisation.name}</Link>
      </p>
      <h1>Add a system used by {organisation.name}</h1>
      <p>Peers who run the same system can then find each other.</p>
      <SystemForm
        organisationId={organisation.id}
        suggestions={suggestions}
        defaults={{ supplier: "", product: "", notes: "" }}
      />
    </div>
  );
}

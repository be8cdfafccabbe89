import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { SystemForm } from "@/components/organisations/system-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getSystemInUse } from "@/lib/organisations/get-system-in-use";
import { getPrisma } from "@/lib/db/client";
import { listSystemSuggestions } from "@/lib/organisations/list-system-suggestions";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

export const metadata = { title: "Change a system" };

export default async function ChangeSystemPage({
  params,
}: {
  params: Promise<{ organisationId: string; systemId: string }>;
}) {
  const { organisationId, systemId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/systems/${systemId}/edit`);
  if (!isId(organisationId)) notFound();
  if (!organisationPolicy.canManageSystems(actor, organisationId)) {
    await denyAccess(actor, "system.update");
  }
  const [system, suggestions] = await Promise.all([
    getSystemInUse(actor, organisationId, systemId),
    listSystemSuggestions(await getPrisma()),
  ]);
  if (!system) notFound();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${system.organisation.id}`}>
          Back to {system.organisation.name}
        </Link>
      </p>
      <h1>
        Change {system.product} at {system.organisation.name}
      </h1>
      <SystemForm
        organisationId={system.organisation.id}
        systemId={system.id}
        suggestions={suggestions}
        defaults={{
          category: system.category,
          supplier: system.supplier,
          product: system.product,
          notes: system.notes ?? "",
        }}
      />
    </div>
  );
}

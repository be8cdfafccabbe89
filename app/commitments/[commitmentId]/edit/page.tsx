import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { CommitmentForm } from "@/components/commitments/commitment-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getCommitmentChoices } from "@/lib/commitments/choices";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Change a commitment" };

export default async function EditCommitmentPage({
  params,
}: {
  params: Promise<{ commitmentId: string }>;
}) {
  const { commitmentId } = await params;
  const actor = await requireActor(`/commitments/${commitmentId}/edit`);
  const commitment = await getCommitment(actor, commitmentId);
  if (!commitment) notFound();
  if (!commitment.canEdit) await denyAccess(actor, "commitment.update");
  const choices = await getCommitmentChoices(actor, commitment.organisation.id);
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href={`/commitments/${commitment.id}`}>Back to the commitment</Link>
      </p>
      <h1>Change the commitment of {commitment.organisation.name}</h1>
      <CommitmentForm
        organisationId={commitment.organisation.id}
        commitment={{ id: commitment.id, version: commitment.version }}
        owners={choices.owners}
        links={choices.links}
        defaults={{
          title: commitment.title,
          description: commitment.description ?? "",
          ownerId: commitment.owner?.id ?? "",
          dueOn: commitment.dueOn.toISOString().slice(0, 10),
          status: commitment.status,
          link: commitment.link ? `${commitment.link.kind}:${commitment.link.id}` : "",
        }}
      />
    </div>
  );
}

import Link from "@/components/ui/link";

import { DetailsForm } from "@/components/agreements/details-form";
import { loadEditable } from "@/lib/agreements/get-agreement";
import { detailsFormValues } from "@/lib/agreements/details-data";
import { loadForPage } from "@/lib/agreements/page-access";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Edit an agreement's details" };

export default async function EditAgreementPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/edit`);
  const agreement = await loadForPage(
    actor,
    "agreement.update",
    (db) => loadEditable(db, actor, agreementId),
    agreementId,
  );
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>Edit the details of {agreement.reference}</h1>
      <DetailsForm
        agreementId={agreement.id}
        lockVersion={agreement.lockVersion}
        defaults={detailsFormValues(agreement)}
        sentForSignature={agreement.status === "AWAITING_SIGNATURES"}
      />
    </div>
  );
}

import Link from "@/components/ui/link";

import { ReasonForm, SendForm } from "@/components/agreements/status-forms";
import { getAgreement } from "@/lib/agreements/get-agreement";
import { loadForPage } from "@/lib/agreements/page-access";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Change an agreement's status" };

export default async function AgreementStatusPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/status`);
  const view = await loadForPage(
    actor,
    "agreement.status",
    (db) => getAgreement(db, actor, agreementId),
    agreementId,
  );
  const { agreement, transitions } = view;
  const id = agreement.id;
  const offered = transitions.filter((t) => t !== "sign" && t !== "decline");
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>Change the status of {agreement.reference}</h1>
      {offered.length === 0 ? <p>There is no change of status you can make now.</p> : null}
      {view.missingForSignature.length > 0 &&
      (agreement.status === "DRAFT" || agreement.status === "IN_REVIEW") ? (
        <p className="nhs-card">
          Before it can go for signature, add: {view.missingForSignature.join(", ")}.
        </p>
      ) : null}
      {offered.includes("send_for_review") ? (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Send for review</h2>
          <p>The parties read the draft and comment before it goes for signature.</p>
          <SendForm agreementId={id} change="send_for_review" label="Send for review" />
        </section>
      ) : null}
      {offered.includes("send_for_signature") ? (
        <section aria-labelledby="signature-heading">
          <h2 id="signature-heading">Send for signature</h2>
          <p>
            The agreement as it stands becomes version {agreement.versionNumber}, with a SHA-256 of
            its content. Each party&apos;s signatory then signs that version. Any later change voids
            it and its signatures.
          </p>
          <SendForm agreementId={id} change="send_for_signature" label="Send for signature" />
        </section>
      ) : null}
      {offered.includes("return_to_draft") ? (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">Return to draft</h2>
          <p>Any version sent for signature, and its signatures, are voided.</p>
          <ReasonForm
            agreementId={id}
            change="return_to_draft"
            label="Return to draft"
            reasonLabel="Why it goes back to draft"
          />
        </section>
      ) : null}
      {offered.includes("terminate") ? (
        <section aria-labelledby="terminate-heading">
          <h2 id="terminate-heading">Terminate</h2>
          <ReasonForm
            agreementId={id}
            change="terminate"
            label="Terminate the agreement"
            reasonLabel="Why it ends early"
          />
        </section>
      ) : null}
      {offered.includes("supersede") ? (
        <section aria-labelledby="supersede-heading">
          <h2 id="supersede-heading">Mark as superseded</h2>
          <ReasonForm
            agreementId={id}
            change="supersede"
            label="Mark as superseded"
            reasonLabel="Why it is superseded"
          />
        </section>
      ) : null}
    </div>
  );
}

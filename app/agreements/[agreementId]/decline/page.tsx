import Link from "@/components/ui/link";

import { DeclineForm } from "@/components/agreements/sign-forms";
import { VersionSummary } from "@/components/agreements/version-summary";
import { loadForPage } from "@/lib/agreements/page-access";
import { loadSigningPage } from "@/lib/agreements/sign-agreement";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Decline to sign an agreement" };

export default async function AgreementDeclinePage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/decline`);
  const { agreement, party, version, partyNames } = await loadForPage(
    actor,
    "agreement.decline",
    (db) => loadSigningPage(db, actor, agreementId),
    agreementId,
  );
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>
        Decline to sign {agreement.reference} for {party.organisationName}
      </h1>
      <p>
        Declining voids this version and any signatures on it, and sends the agreement back to draft
        so that the parties can agree a new version.
      </p>
      <VersionSummary
        reference={agreement.reference}
        title={agreement.title}
        version={version}
        startDate={agreement.startDate}
        reviewDate={agreement.reviewDate}
        parties={partyNames}
      />
      <p>
        <Link href={`/agreements/${agreement.id}`}>Read the whole agreement</Link> before you
        decide.
      </p>
      <DeclineForm agreementId={agreement.id} versionHash={version.contentHash} />
    </div>
  );
}

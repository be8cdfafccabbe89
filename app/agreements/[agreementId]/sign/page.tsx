import Link from "@/components/ui/link";

import { SignForm } from "@/components/agreements/sign-forms";
import { VersionSummary } from "@/components/agreements/version-summary";
import { loadForPage } from "@/lib/agreements/page-access";
import { loadSigningPage } from "@/lib/agreements/sign-agreement";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Sign an agreement" };

export default async function AgreementSignPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/sign`);
  const { agreement, party, version, attestation, partyNames } = await loadForPage(
    actor,
    "agreement.sign",
    (db) => loadSigningPage(db, actor, agreementId),
    agreementId,
  );
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>
        Sign {agreement.reference} for {party.organisationName}
      </h1>
      <p>
        Read the version below. Signing records your name, role, organisation, the time, your
        address and browser, this statement and the SHA-256 of the version.
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
      <SignForm
        agreementId={agreement.id}
        versionHash={version.contentHash}
        attestation={attestation}
      />
    </div>
  );
}
